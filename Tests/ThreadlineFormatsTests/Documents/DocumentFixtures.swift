import Foundation
import Testing
import ThreadlineFormats
import ZIPFoundation

/// Builds document packages in memory for the extractor tests, and catches extraction errors.
enum DocumentFixtures {
    /// A zip holding `entries` (path, UTF-8 text), stored in the given order.
    static func zip(_ entries: [(String, String)]) throws -> Data {
        try zip(bytes: entries.map { ($0.0, Data($0.1.utf8)) })
    }

    /// A zip holding `entries` (path, bytes), deflated, in the given order.
    static func zip(bytes entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
        return try #require(archive.data)
    }

    /// The text of the entry at `path` in the zip `data`.
    static func entry(_ path: String, in data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive[path])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The error `extract` throws, or `nil` when it succeeds.
    static func error(
        _ extract: () throws(DocumentExtractionError) -> ExtractedDocument
    ) -> DocumentExtractionError? {
        do {
            _ = try extract()
            return nil
        } catch {
            return error
        }
    }

    /// The `detail` of a `.damaged` error, or `nil` for anything else.
    static func damagedDetail(_ error: DocumentExtractionError?) -> String? {
        guard case .damaged(_, let detail)? = error else { return nil }
        return detail
    }
}
