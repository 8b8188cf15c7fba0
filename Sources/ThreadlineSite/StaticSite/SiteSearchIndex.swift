import Foundation

/// The client-side search's index, `search-index.json`, built one entry at a time:
/// `{"version":1,"items":[{…},…]}` with one item per line.
public struct SiteSearchIndex {
    private var data = Data("{\"version\":1,\"items\":[".utf8)
    private var count = 0
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The site-relative path of the index.
    public static let path = "search-index.json"

    /// Adds an item.
    public mutating func append(_ entry: SiteSearchEntry) throws {
        data.append(contentsOf: Array((count == 0 ? "\n" : ",\n").utf8))
        data.append(try encoder.encode(entry))
        count += 1
    }

    /// The finished file.
    public func finished() -> Data {
        var data = data
        data.append(contentsOf: Array("\n]}\n".utf8))
        return data
    }
}
