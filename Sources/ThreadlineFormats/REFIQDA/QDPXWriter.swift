public import Foundation
import ZIPFoundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes REFI-QDA project archives (`.qdpx`).
///
/// The archive holds `project.qde` and a `sources/` folder with each text as `GUID.txt` and each original file
/// as `GUID.ext`. Zip entries carry a fixed date, so the same project gives the same archive bytes.
public enum QDPXWriter {
    /// Writes `project` to `url`, replacing any file there only once the new archive is complete.
    ///
    /// - Parameters:
    ///   - project: The project; it is checked first (unique GUIDs, resolvable references, selections that fit
    ///     their text or recording) so the output is always readable by ``QDPXReader``.
    ///   - url: The destination `.qdpx` file.
    /// - Throws: ``REFIQDAError`` for a project that cannot be expressed, or for file-system failures.
    public static func write(_ project: QDAProject, to url: URL) throws(REFIQDAError) {
        var validator = QDAProjectValidator(project: project)
        try validator.validate(checkingDuplicates: true)
        let serialized = try QDAProjectSerializer.serialize(project)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do throws(REFIQDAError) {
            try writeArchive(serialized, to: temporary)
            // rename(2) replaces the destination atomically, so readers never see a half-written archive.
            guard rename(temporary.path, url.path) == 0 else {
                throw REFIQDAError(
                    .fileSystem, "Cannot move the new archive to \(url.path) (errno \(errno)).")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// The bytes of `project.qde` for `project`, as ``write(_:to:)`` would store them.
    public static func projectXML(_ project: QDAProject) throws(REFIQDAError) -> Data {
        var validator = QDAProjectValidator(project: project)
        try validator.validate(checkingDuplicates: true)
        return try QDAProjectSerializer.serialize(project).xmlData
    }

    /// A fixed entry date (1980-01-01, the earliest a zip can store) keeps archives byte-for-byte reproducible.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    private static func writeArchive(_ serialized: QDAProjectSerializer, to url: URL)
        throws(REFIQDAError)
    {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw REFIQDAError(.fileSystem, "Cannot create \(url.path): \(error)")
        }
        try add(archive, path: "project.qde", data: serialized.xmlData, compress: true)
        for (name, content) in serialized.files {
            let path = "sources/" + name
            switch content {
            case .text(let text):
                try add(archive, path: path, data: Data(text.utf8), compress: true)
            case .original(let file):
                switch file.contents {
                case .bytes(let data): try add(archive, path: path, data: data, compress: false)
                case .file(let source): try add(archive, path: path, file: source)
                }
            }
        }
    }

    private static func add(_ archive: Archive, path: String, data: Data, compress: Bool)
        throws(REFIQDAError)
    {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: compress ? .deflate : .none
            ) { position, size in
                let start = data.startIndex + Int(position)
                return data.subdata(in: start..<min(start + size, data.endIndex))
            }
        } catch {
            throw REFIQDAError(.fileSystem, "Cannot add \(path) to the archive: \(error)", element: path)
        }
    }

    /// Streams a file on disk into the archive in chunks, so large media never sit in memory.
    private static func add(_ archive: Archive, path: String, file: URL) throws(REFIQDAError) {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: size, modificationDate: entryDate,
                compressionMethod: .none
            ) { position, chunkSize in
                try handle.seek(toOffset: UInt64(position))
                return try handle.read(upToCount: chunkSize) ?? Data()
            }
        } catch {
            throw REFIQDAError(
                .fileSystem, "Cannot copy \(file.path) into the archive: \(error.localizedDescription)",
                element: path)
        }
    }
}
