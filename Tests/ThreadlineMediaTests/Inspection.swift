import Foundation
import ThreadlineMedia

/// Writes `bytes` to a fresh temporary file and inspects it, as the upload path does after streaming to disk.
func inspected(_ bytes: [UInt8]) throws -> MediaInfo {
    let folder = try TemporaryFolder()
    return try MediaInspector().inspect(fileAt: try folder.file("upload", bytes))
}

/// The error inspecting `bytes` throws, or `nil` when it succeeds.
func inspectionError(_ bytes: [UInt8]) throws -> MediaInspectionError? {
    let folder = try TemporaryFolder()
    let url = try folder.file("upload", bytes)
    do {
        _ = try MediaInspector().inspect(fileAt: url)
        return nil
    } catch {
        return error
    }
}
