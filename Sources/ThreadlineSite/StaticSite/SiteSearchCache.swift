import Foundation

/// The search entries of fingerprinted pages (stories, case studies), kept beside the manifest so that a page kept
/// without rendering need not have its Markdown parsed again for its entry.
///
/// An entry is used only when its fingerprint equals the page's fingerprint now: the fingerprint covers everything
/// an entry is made from, so the file may be old, partial or from an interrupted export without harm. A missing or
/// unreadable file only means entries are made again.
public struct SiteSearchCache: Sendable {
    /// The cache's file name inside the output folder.
    public static let fileName = ".threadline-site-search.json"
    /// The name of the format, so a stray JSON file of the same name is not taken for a cache.
    public static let formatName = "threadline-site-search"

    /// One page's entry and the fingerprint it was made under.
    public struct Record: Codable, Sendable {
        /// The page's input fingerprint.
        public var f: String
        /// The entry.
        public var e: SiteSearchEntry
    }

    private struct File: Decodable {
        var format: String
        var version: Int
        var entries: [String: Record]
    }

    /// Site-relative page path → record.
    public let records: [String: Record]

    /// The entry recorded for `path` under exactly this fingerprint.
    public func entry(for path: String, inputs: String) -> SiteSearchEntry? {
        guard let record = records[path], record.f == inputs else { return nil }
        return record.e
    }

    /// The cache of `folder`; empty when there is none or it cannot be read.
    public static func read(in folder: URL) -> SiteSearchCache {
        let url = folder.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data),
            file.format == formatName, file.version == 1
        else { return SiteSearchCache(records: [:]) }
        return SiteSearchCache(records: file.entries)
    }

    /// The next cache, built one entry at a time.
    public struct Builder {
        private var data = Data("{\"format\":\"\(SiteSearchCache.formatName)\",\"version\":1,\"entries\":{".utf8)
        private var count = 0
        private let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return encoder
        }()

        /// Records the entry of the page at `path`, made under fingerprint `inputs`.
        public mutating func append(path: String, inputs: String, entry: SiteSearchEntry) throws {
            data.append(contentsOf: Array((count == 0 ? "\n" : ",\n").utf8))
            data.append(try encoder.encode(path))
            data.append(UInt8(ascii: ":"))
            data.append(try encoder.encode(Record(f: inputs, e: entry)))
            count += 1
        }

        /// Writes the cache into `folder`, atomically.
        public func write(in folder: URL) throws(SiteExportError) {
            var data = data
            data.append(contentsOf: Array("\n}}\n".utf8))
            let url = folder.appendingPathComponent(SiteSearchCache.fileName)
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw .unwritable(path: url.path, reason: error.localizedDescription)
            }
        }
    }
}
