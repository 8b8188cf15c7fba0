import Foundation

/// Reads small JSON input files whole: the query fixture and the anchor's counts.
public enum JSONFile {
    /// The largest file read whole; both inputs are a few kilobytes.
    public static let maximumBytes = 16 << 20

    /// Decodes the file at `path` as `type`.
    ///
    /// - Throws: ``InputFileError`` when the file is missing, too large or not the expected JSON.
    public static func load<Value: Decodable>(_ type: Value.Type, from path: String) throws(InputFileError) -> Value {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue else {
            throw InputFileError(path: path, line: 0, reason: "the file does not exist or cannot be read.")
        }
        guard size <= maximumBytes else {
            throw InputFileError(path: path, line: 0, reason: "the file has \(size) bytes, more than \(maximumBytes).")
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw InputFileError(path: path, line: 0, reason: "not the expected JSON: \(error)")
        }
    }
}
