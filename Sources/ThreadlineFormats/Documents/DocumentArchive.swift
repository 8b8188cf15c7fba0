import Foundation
import ZIPFoundation

/// A `.docx` or `.odt` zip package opened in memory, whose parts are read within ``DocumentArchiveLimits``.
///
/// Part names are looked up without regard to case, because Office Open XML says part names are compared that way
/// (ECMA-376 Part 2, §9.1.1.1), and OpenDocument writers never rely on case to tell two entries apart.
final class DocumentArchive {
    private let archive: Archive
    private let fileName: String
    private let limits: DocumentArchiveLimits
    /// File entries by lower-cased path; the first of two entries with the same name wins.
    private let entries: [String: Entry]
    /// Bytes decompressed so far, over every part read.
    private var producedBytes = 0

    /// Opens `data` as a zip, refusing bytes that are not one.
    init(
        _ data: Data, fileName: String, format: DocumentFormat, limits: DocumentArchiveLimits
    ) throws(DocumentExtractionError) {
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notThatFormat(fileName: fileName, format: format, detail: "it is not a zip archive")
        }
        self.fileName = fileName
        self.limits = limits
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let key = entry.path.lowercased()
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
    }

    /// Whether the package has a part at `path`.
    func contains(_ path: String) -> Bool {
        entries[path.lowercased()] != nil
    }

    /// The decompressed bytes of the part at `path`, or `nil` when the package has no such part.
    func data(of path: String) throws(DocumentExtractionError) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let partLimit = limits.maximumPartBytes
        let totalLimit = limits.maximumTotalBytes
        // The declared size refuses an honest but huge part before any work is done…
        guard entry.uncompressedSize <= UInt64(partLimit) else { throw partTooLarge(path) }
        var data = Data()
        var produced = producedBytes
        let checksum: CRC32
        do {
            // …and counting the bytes produced refuses a part whose header lies about its size.
            checksum = try archive.extract(entry) { chunk in
                produced += chunk.count
                guard data.count + chunk.count <= partLimit else { throw LimitCrossed.part }
                guard produced <= totalLimit else { throw LimitCrossed.total }
                data.append(chunk)
            }
        } catch LimitCrossed.part {
            throw partTooLarge(path)
        } catch LimitCrossed.total {
            throw .damaged(
                fileName: fileName,
                detail: "its parts expand to more than \(Self.size(totalLimit)) together, more than any real "
                    + "document holds (it may be a zip bomb)")
        } catch {
            throw .damaged(fileName: fileName, detail: "the part \(path) cannot be decompressed (\(error))")
        }
        producedBytes = produced
        guard checksum == entry.checksum else {
            throw .damaged(fileName: fileName, detail: "the part \(path) fails its CRC-32 check")
        }
        return data
    }

    private func partTooLarge(_ path: String) -> DocumentExtractionError {
        .damaged(
            fileName: fileName,
            detail: "the part \(path) expands to more than \(Self.size(limits.maximumPartBytes)), more than any real "
                + "document holds (it may be a zip bomb)")
    }

    /// A limit in words: whole megabytes where it is one, else bytes.
    private static func size(_ bytes: Int) -> String {
        bytes >= 1_048_576 && bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MB" : "\(bytes) bytes"
    }

    /// Thrown from inside ZIPFoundation's consumer closure to stop decompressing at once.
    private enum LimitCrossed: Error {
        case part
        case total
    }
}
