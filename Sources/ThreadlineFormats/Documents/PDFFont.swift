/// What the content interpreter needs of a font (ISO 32000-1 §9.5–§9.10): how to split a shown string into
/// character codes, each code's text and its advance width.
///
/// Text comes from the font's `/ToUnicode` CMap when it has one (§9.10.2, which wins over the encoding), else from
/// a simple font's encoding with its `/Differences`, else, for a composite font whose CMap is a Unicode one, from
/// the codes themselves.
struct PDFFont {
    /// One shown character.
    struct Glyph {
        /// Its text, or `nil` when the font gives no way to know it.
        var text: String?
        /// Its advance in text space units for a font size of 1 (the glyph width divided by 1000, §9.2.4).
        var width: Double
        /// Whether word spacing applies: a single-byte code 32 (§9.3.3).
        var isWordSpace: Bool
    }

    private var isComposite = false
    /// A simple font's code → text table, after `/Differences`.
    private var encoding: [String?] = PDFFontEncoding.standard
    private var toUnicode: PDFToUnicodeCMap?
    /// A composite font's encoding CMap, for its codespace ranges; `nil` for Identity-H and Identity-V.
    private var encodingCMap: PDFToUnicodeCMap?
    /// Whether a composite font's codes are UTF-16 (a `Uni…-UCS2-…` or `…-UTF16-…` CMap).
    private var codesAreUTF16 = false
    private var widths: [Int: Double] = [:]
    private var defaultWidth = 0.5

    /// A font for glyphs without a font resource: standard encoding, half an em wide.
    init() {}

    /// Reads a font dictionary.
    init(dictionary: [String: PDFObject], document: PDFDocumentReader) throws(PDFFailure) {
        if let stream = try document.resolve(dictionary["ToUnicode"] ?? .null).stream,
            let bytes = try? document.decodedData(stream)
        {
            toUnicode = PDFToUnicodeCMap(bytes: bytes)
        }
        if dictionary["Subtype"]?.name == "Type0" {
            try readComposite(dictionary, document: document)
        } else {
            try readSimple(dictionary, document: document)
        }
    }

    /// Encoding and widths of a Type 1, TrueType or Type 3 font (§9.6).
    private mutating func readSimple(
        _ dictionary: [String: PDFObject], document: PDFDocumentReader
    ) throws(PDFFailure) {
        let baseFont = dictionary["BaseFont"]?.name ?? ""
        var base = PDFFontEncoding.standard
        if baseFont.contains("Symbol") || baseFont.contains("Dingbats") {
            // Symbolic fonts have their own built-in encodings; only their digits, punctuation and bullet are kept.
            base = [String?](repeating: nil, count: 256)
            for code in 0x20...0x40 { base[code] = PDFFontEncoding.standard[code] }
            base[0xB7] = "\u{2022}"
            base[0x6C] = baseFont.contains("Dingbats") ? "\u{25CF}" : nil
        }
        switch try document.resolve(dictionary["Encoding"] ?? .null) {
        case .name(let name): base = PDFFontEncoding.named(name) ?? base
        case .dictionary(let encodingDictionary):
            if let name = encodingDictionary["BaseEncoding"]?.name { base = PDFFontEncoding.named(name) ?? base }
            // §9.6.6.1: a code starts each run of glyph names, which take the codes that follow it.
            var code = 0
            for item in try document.resolve(encodingDictionary["Differences"] ?? .null).array ?? [] {
                switch item {
                case .integer(let value): code = value
                case .name(let glyph):
                    if (0..<256).contains(code) { base[code] = PDFGlyphNames.unicode(for: glyph) }
                    code += 1
                default: break
                }
            }
        default: break
        }
        encoding = base
        // §9.2.4: glyph widths are in thousandths of a unit, except in Type 3 fonts, which scale by /FontMatrix.
        var scale = 0.001
        if dictionary["Subtype"]?.name == "Type3",
            let matrix = try document.resolve(dictionary["FontMatrix"] ?? .null).array, let first = matrix.first?.number
        {
            scale = first
        }
        let firstChar = dictionary["FirstChar"]?.integer ?? 0
        let listed = try document.resolve(dictionary["Widths"] ?? .null).array ?? []
        for (offset, width) in listed.enumerated() {
            if let value = try document.resolve(width).number { widths[firstChar + offset] = value * scale }
        }
        if let descriptor = try document.resolve(dictionary["FontDescriptor"] ?? .null).dictionary,
            let missing = descriptor["MissingWidth"]?.number, missing > 0
        {
            defaultWidth = missing * scale
        } else if listed.isEmpty {
            // A standard 14 font without widths: the space is narrow, other glyphs about half an em.
            widths[32] = 0.278
        }
    }

    /// Encoding CMap and widths of a Type 0 font and its CIDFont (§9.7).
    private mutating func readComposite(
        _ dictionary: [String: PDFObject], document: PDFDocumentReader
    ) throws(PDFFailure) {
        isComposite = true
        defaultWidth = 1
        switch try document.resolve(dictionary["Encoding"] ?? .null) {
        case .name(let name):
            codesAreUTF16 = name.contains("UCS2") || name.contains("UTF16")
        case .stream(let stream):
            if let bytes = try? document.decodedData(stream) { encodingCMap = PDFToUnicodeCMap(bytes: bytes) }
        default: break
        }
        guard let descendants = try document.resolve(dictionary["DescendantFonts"] ?? .null).array,
            let first = descendants.first, let cidFont = try document.resolve(first).dictionary
        else { return }
        if let value = try document.resolve(cidFont["DW"] ?? .null).number { defaultWidth = value / 1000 }
        // §9.7.4.3: /W holds `c [w1 w2 …]` and `cfirst clast w` groups.
        let list = try document.resolve(cidFont["W"] ?? .null).array ?? []
        var index = 0
        while index < list.count, widths.count < 200_000 {
            guard let start = try document.resolve(list[index]).integer, index + 1 < list.count else { break }
            if let group = try document.resolve(list[index + 1]).array {
                for (offset, width) in group.enumerated() {
                    if let value = try document.resolve(width).number { widths[start + offset] = value / 1000 }
                }
                index += 2
            } else if index + 2 < list.count, let end = try document.resolve(list[index + 1]).integer,
                let value = try document.resolve(list[index + 2]).number, end >= start, end - start < 65_536
            {
                for code in start...end { widths[code] = value / 1000 }
                index += 3
            } else {
                break
            }
        }
    }

    /// Whether the font knows the text of at least some of its codes.
    var hasTextMapping: Bool {
        !isComposite || toUnicode != nil || codesAreUTF16
    }

    /// Ligatures a `/ToUnicode` map gives as one character (U+FB00–U+FB06), spelt out so search finds the words.
    private static func expandingLigatures(_ text: String?) -> String? {
        guard let text, text.unicodeScalars.contains(where: { (0xFB00...0xFB06).contains($0.value) }) else {
            return text
        }
        let letters: [UInt32: String] = [
            0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
        ]
        return text.unicodeScalars.map { letters[$0.value] ?? String($0) }.joined()
    }

    /// Splits shown bytes into glyphs.
    func glyphs(_ bytes: [UInt8]) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(bytes.count)
        guard isComposite else {
            for byte in bytes {
                let code = Int(byte)
                let text = Self.expandingLigatures(
                    toUnicode?.text(for: [byte]) ?? toUnicode?.text(for: [0, byte]) ?? encoding[code])
                result.append(Glyph(text: text, width: widths[code] ?? defaultWidth, isWordSpace: code == 32))
            }
            return result
        }
        var index = 0
        while index < bytes.count {
            // Identity-H and the predefined CMaps read two bytes; an embedded CMap says by its codespace ranges, and
            // a code in none of them takes one byte (§9.7.6.3).
            var length = 2
            if let encodingCMap, !encodingCMap.codespaceRanges.isEmpty {
                length = encodingCMap.codeLength(in: bytes, at: index) ?? 1
            }
            let end = min(bytes.count, index + length)
            let code = bytes[index..<end]
            var value = 0
            for byte in code { value = value << 8 | Int(byte) }
            var text = Self.expandingLigatures(toUnicode?.text(for: code))
            if text == nil, codesAreUTF16 { text = PDFTextString.utf16BigEndian(code) }
            result.append(
                Glyph(text: text, width: widths[value] ?? defaultWidth, isWordSpace: length == 1 && value == 32))
            index = end
        }
        return result
    }
}
