/// Gives headings and footnotes `id`s that are stable (the same text gives the same id on every render) and
/// unique within one rendered fragment.
///
/// A page can hold several rendered fragments (a place's body and each milestone's description), so every id
/// starts with a caller-chosen prefix; two fragments with different prefixes can never clash.
final class AnchorIDs {
    let prefix: [UInt8]
    private var used: Set<[UInt8]> = []

    /// `prefix` is reduced to the characters an id slug may hold, so it cannot break out of an attribute.
    init(prefix: String) {
        var bytes = AnchorIDs.slugBytes(prefix, keepTrailingDash: true)
        if let last = bytes.last, last != UInt8(ascii: "-") { bytes.append(UInt8(ascii: "-")) }
        self.prefix = bytes
    }

    /// The id of a footnote (`fn-3`) or of a reference to it (`fnref-3`, `fnref-3-2`).
    func footnote(_ stem: StaticString, number: Int, ordinal: Int = 1) -> [UInt8] {
        var id = prefix
        id.append(contentsOf: UnsafeBufferPointer(start: stem.utf8Start, count: stem.utf8CodeUnitCount))
        id.append(contentsOf: Array(String(number).utf8))
        if ordinal > 1 {
            id.append(UInt8(ascii: "-"))
            id.append(contentsOf: Array(String(ordinal).utf8))
        }
        return id
    }

    /// A heading's id: its text as a slug (`Why trust matters` → `why-trust-matters`), with `-1`, `-2`… added
    /// when the same text heads more than one section. Slugs shaped like footnote ids get a `-section` suffix
    /// so that a heading called "Fn 1" cannot take the first footnote's id.
    func heading(text: [UInt8]) -> [UInt8] {
        var slug = AnchorIDs.slugBytes(String(decoding: text, as: UTF8.self), keepTrailingDash: false)
        if slug.isEmpty { slug = Array("section".utf8) }
        if AnchorIDs.looksLikeFootnoteID(slug) { slug.append(contentsOf: Array("-section".utf8)) }
        var candidate = prefix + slug
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = prefix + slug + Array("-\(counter)".utf8)
        }
        used.insert(candidate)
        return candidate
    }

    /// Lower-case letters and digits (any script), with runs of spaces, hyphens and underscores as one `-`;
    /// everything else is dropped.
    static func slugBytes(_ text: String, keepTrailingDash: Bool) -> [UInt8] {
        var slug = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType == .decimal {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else if scalar == " " || scalar == "-" || scalar == "_" || scalar == "\t" {
                pendingDash = true
            }
        }
        if keepTrailingDash && pendingDash && !slug.isEmpty { slug.append("-") }
        return Array(slug.utf8)
    }

    private static func looksLikeFootnoteID(_ slug: [UInt8]) -> Bool {
        let text = String(decoding: slug, as: UTF8.self)
        for stem in ["fn-", "fnref-"] where text.hasPrefix(stem) {
            let rest = text.dropFirst(stem.count)
            if let first = rest.first, first.isASCII, first.isNumber { return true }
        }
        return false
    }
}
