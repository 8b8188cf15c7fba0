import Foundation
import ZIPFoundation

/// Read access to a `.qdpx` zip that enforces ``QDPXLimits`` on the bytes actually decompressed.
final class QDPXArchiveReader {
    private let archive: Archive
    private let limits: QDPXLimits
    private let archiveSize: Int64
    private var totalBytes: Int64 = 0
    /// File entries by lower-cased path, because tools disagree on `sources/` versus `Sources/`.
    private var filesByLowercasedPath: [String: Entry] = [:]
    private var filePaths: [String] = []

    init(url: URL, limits: QDPXLimits) throws(REFIQDAError) {
        self.limits = limits
        let size: Int64
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        } catch {
            throw REFIQDAError(.fileSystem, "Cannot read \(url.path): \(error.localizedDescription)")
        }
        archiveSize = size
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw REFIQDAError(
                .notAZip, "The file is not a zip archive, so it cannot be a .qdpx project.")
        }
        try indexEntries()
    }

    private func indexEntries() throws(REFIQDAError) {
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumEntryCount else {
                throw REFIQDAError(
                    .limitExceeded, "The archive has more than \(limits.maximumEntryCount) entries.")
            }
            let path = entry.path
            guard !QDPXPath.isUnsafe(path) else {
                throw REFIQDAError(
                    .unsafePath, "Archive entry '\(path.prefix(200))' would escape the extraction folder.",
                    element: path)
            }
            guard entry.type == .file else { continue }
            filesByLowercasedPath[path.lowercased()] = entry
            filePaths.append(path)
        }
    }

    /// Finds the project file: `project.qde` in any case at the root, else the only `.qde` one folder deep.
    ///
    /// - Returns: The entry and the folder prefix (`""` or `"folder/"`) that `sources/` is relative to.
    func locateProjectFile() throws(REFIQDAError) -> (entry: Entry, base: String) {
        if let entry = filesByLowercasedPath["project.qde"] { return (entry, "") }
        let candidates = filePaths.filter { $0.lowercased().hasSuffix(".qde") }
        let rootLevel = candidates.filter { !$0.contains("/") }
        if rootLevel.count == 1, let path = rootLevel.first,
            let entry = filesByLowercasedPath[path.lowercased()]
        {
            return (entry, "")
        }
        let oneDeep = candidates.filter { $0.split(separator: "/").count == 2 }
        if rootLevel.isEmpty, oneDeep.count == 1, let path = oneDeep.first,
            let entry = filesByLowercasedPath[path.lowercased()], let slash = path.firstIndex(of: "/")
        {
            return (entry, String(path[...slash]))
        }
        throw REFIQDAError(
            .missingProjectFile,
            "The archive has no project.qde (found \(candidates.count) .qde files where exactly one was expected).",
            element: "project.qde")
    }

    /// Looks up a file of the `sources/` folder, ignoring case; falls back to the base folder itself.
    func sourceEntry(_ relativePath: String, base: String) -> Entry? {
        filesByLowercasedPath[(base + "sources/" + relativePath).lowercased()]
            ?? filesByLowercasedPath[(base + relativePath).lowercased()]
    }

    /// Decompresses an entry into memory.
    func data(of entry: Entry) throws(REFIQDAError) -> Data {
        var data = Data()
        let limit = limits.maximumInMemoryEntryBytes
        try stream(entry) { chunk in
            guard Int64(data.count + chunk.count) <= limit else {
                throw REFIQDAError(
                    .limitExceeded, "The entry is larger than \(limit) bytes, too large to read.", element: entry.path)
            }
            data.append(chunk)
        }
        return data
    }

    /// Decompresses an entry into a new file, creating folders as needed.
    func extract(_ entry: Entry, to destination: URL) throws(REFIQDAError) {
        let manager = FileManager.default
        let handle: FileHandle
        do {
            try manager.createDirectory(
                at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard manager.createFile(atPath: destination.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            handle = try FileHandle(forWritingTo: destination)
        } catch {
            throw REFIQDAError(
                .fileSystem, "Cannot create \(destination.path): \(error.localizedDescription)")
        }
        defer { try? handle.close() }
        try stream(entry) { chunk in try handle.write(contentsOf: chunk) }
    }

    /// Streams an entry through `consumer`, stopping as soon as a limit is crossed.
    private func stream(_ entry: Entry, _ consumer: (Data) throws -> Void) throws(REFIQDAError) {
        var produced: Int64 = 0
        // The compressed size comes from a header an attacker controls, so it is capped by the real file size.
        let compressed = max(1, min(Int64(clamping: entry.compressedSize), archiveSize))
        let limits = self.limits
        let startTotal = totalBytes
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry) { chunk in
                produced += Int64(chunk.count)
                guard startTotal + produced <= limits.maximumTotalUncompressedBytes else {
                    throw REFIQDAError(
                        .limitExceeded,
                        "The archive expands to more than \(limits.maximumTotalUncompressedBytes) bytes.",
                        element: entry.path)
                }
                if produced > limits.compressionRatioThresholdBytes,
                    produced / compressed > limits.maximumCompressionRatio
                {
                    throw REFIQDAError(
                        .limitExceeded,
                        "Entry expands more than \(limits.maximumCompressionRatio):1, which looks like a zip bomb.",
                        element: entry.path)
                }
                try consumer(chunk)
            }
        } catch let error as REFIQDAError {
            throw error
        } catch {
            throw REFIQDAError(
                .corruptEntry, "Entry cannot be decompressed: \(error).", element: entry.path)
        }
        totalBytes = startTotal + produced
        guard checksum == entry.checksum else {
            throw REFIQDAError(.corruptEntry, "Entry fails its CRC-32 check.", element: entry.path)
        }
    }
}
