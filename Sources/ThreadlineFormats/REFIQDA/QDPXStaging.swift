import Foundation

/// A hidden folder inside the extraction directory where files wait until the whole project has been read.
struct QDPXStaging {
    let directory: URL
    let root: URL

    init(directory: URL) {
        self.directory = directory
        self.root = directory.appendingPathComponent(
            ".refiqda-staging-\(UUID().uuidString)", isDirectory: true)
    }

    func create() throws(REFIQDAError) {
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw REFIQDAError(.fileSystem, "Cannot create \(root.path): \(error.localizedDescription)")
        }
    }

    /// Where an archive entry is staged; entry paths were checked for `..` and absolute forms when indexed.
    func stagingURL(for entryPath: String) -> URL { root.appendingPathComponent(entryPath) }

    /// Moves one staged file to the same relative place in `directory`, replacing an older copy.
    func moveIntoPlace(_ entryPath: String) throws(REFIQDAError) -> URL {
        let destination = directory.appendingPathComponent(entryPath)
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
            try manager.moveItem(at: stagingURL(for: entryPath), to: destination)
        } catch {
            throw REFIQDAError(
                .fileSystem, "Cannot move \(entryPath) into place: \(error.localizedDescription)")
        }
        return destination
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
