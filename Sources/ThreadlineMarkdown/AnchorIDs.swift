/// Gives headings and footnotes `id`s that are stable (the same text gives the same id on every render) and
/// unique within one rendered fragment.
///
/// A page can hold several rendered fragments (a place's body and each milestone's description), so every id
/// starts with a caller-chosen prefix; two fragments with different prefixes can never clash.
final class AnchorIDs {
    let prefix: [UInt8]
    private var used: Set<UsedID> = []

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
        var slug = AnchorIDs.slugBytes(text)
        if slug.isEmpty { slug = Array("section".utf8) }
        if AnchorIDs.looksLikeFootnoteID(slug) { slug.append(contentsOf: Array("-section".utf8)) }
        var candidate = prefix
        candidate.append(contentsOf: slug)
        var counter = 0
        // `insert` reports whether the id was taken, so each candidate is hashed once.
        while !used.insert(UsedID(bytes: candidate)).inserted {
            counter += 1
            candidate = prefix + slug + Array("-\(counter)".utf8)
        }
        return candidate
    }

    /// `slugBytes(_:keepTrailingDash:)` without a trailing dash, straight from UTF-8.
    ///
    /// Headings are nearly always ASCII, and for ASCII the Unicode rules reduce to byte tests (the alphabetic
    /// ASCII scalars are the letters, the decimal ones the digits, and lower-casing maps `A`-`Z` to `a`-`z`), so
    /// those slugs are built here without the per-scalar property lookups and string appends.
    static func slugBytes(_ text: [UInt8]) -> [UInt8] {
        guard text.allSatisfy({ $0 < 0x80 }) else {
            return slugBytes(String(decoding: text, as: UTF8.self), keepTrailingDash: false)
        }
        var slug: [UInt8] = []
        slug.reserveCapacity(text.count)
        var pendingDash = false
        for byte in text {
            if CharacterClass.isAlphanumeric(byte) {
                if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingDash = false
                slug.append(CharacterClass.lowercased(byte))
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || byte == CharacterClass.tab
            {
                pendingDash = true
            }
        }
        return slug
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
        // Both stems start with "fn"; checking the bytes first spares nearly every heading the string work below.
        guard slug.count >= 3, slug[0] == UInt8(ascii: "f"), slug[1] == UInt8(ascii: "n") else { return false }
        let text = String(decoding: slug, as: UTF8.self)
        for stem in ["fn-", "fnref-"] where text.hasPrefix(stem) {
            let rest = text.dropFirst(stem.count)
            if let first = rest.first, first.isASCII, first.isNumber { return true }
        }
        return false
    }
}

/// An id already given out, hashed as one block of bytes: `[UInt8]`'s own hashing feeds the hasher a byte at a
/// time, which made the duplicate check the most expensive part of naming a heading.
private struct UsedID: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
