/// A parsed `entity-tag` (RFC 9110 §8.8.3): `[ "W/" ] DQUOTE *etagc DQUOTE`.
struct EntityTag: Hashable {
    /// Whether the tag carried the `W/` weakness indicator.
    let isWeak: Bool
    /// The bytes between the quotes.
    let opaqueTag: ArraySlice<UInt8>

    /// Strong comparison (RFC 9110 §8.8.3.2): both tags strong and their opaque tags equal.
    func stronglyMatches(_ other: EntityTag) -> Bool {
        !isWeak && !other.isWeak && opaqueTag.elementsEqual(other.opaqueTag)
    }

    /// Weak comparison (RFC 9110 §8.8.3.2): opaque tags equal, weakness ignored.
    func weaklyMatches(_ other: EntityTag) -> Bool {
        opaqueTag.elementsEqual(other.opaqueTag)
    }

    /// Parses a whole field value that must be exactly one entity-tag, ignoring surrounding whitespace.
    init?(parsing text: String) {
        var scanner = ByteScanner(text)
        scanner.trimOptionalWhitespace()
        guard let tag = EntityTag.consume(from: &scanner), scanner.isAtEnd else { return nil }
        self = tag
    }

    private init(isWeak: Bool, opaqueTag: ArraySlice<UInt8>) {
        self.isWeak = isWeak
        self.opaqueTag = opaqueTag
    }

    /// Consumes one entity-tag at the scanner's position, or returns `nil` (with the position unspecified) if
    /// there is none. The weakness prefix `W/` is case-sensitive (`%s"W/"`).
    static func consume(from scanner: inout ByteScanner) -> EntityTag? {
        var isWeak = false
        if scanner.current == UInt8(ascii: "W") {
            guard scanner.peek(ahead: 1) == UInt8(ascii: "/") else { return nil }
            scanner.advance()
            scanner.advance()
            isWeak = true
        }
        guard scanner.consume(ASCII.quote) else { return nil }
        // etagc excludes '"', so the first quote ends the tag even though the tag may contain commas.
        let opaque = scanner.consume(while: ASCII.isEntityTagCharacter)
        guard scanner.consume(ASCII.quote) else { return nil }
        return EntityTag(isWeak: isWeak, opaqueTag: opaque)
    }
}
