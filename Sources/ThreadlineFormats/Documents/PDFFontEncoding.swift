/// The simple fonts' base encodings (ISO 32000-1 §9.6.6.1 and Annex D.2): code → text for StandardEncoding,
/// WinAnsiEncoding and MacRomanEncoding.
enum PDFFontEncoding {
    /// Printable ASCII, the same in all three except StandardEncoding's curly quotes at 0x27 and 0x60.
    private static func ascii() -> [String?] {
        var table = [String?](repeating: nil, count: 256)
        for code in 0x20...0x7E { table[code] = String(Unicode.Scalar(UInt8(code))) }
        return table
    }

    /// Fills codes from `start` with the given texts, `nil` where the encoding has no glyph.
    private static func fill(_ table: inout [String?], from start: Int, _ characters: [String?]) {
        for (offset, character) in characters.enumerated() where start + offset < 256 {
            table[start + offset] = character
        }
    }

    /// StandardEncoding, Adobe's built-in Latin encoding (Annex D.2, column STD).
    static let standard: [String?] = {
        var table = ascii()
        table[0x27] = "\u{2019}"
        table[0x60] = "\u{2018}"
        let high: [Int: String] = [
            0xA1: "¡", 0xA2: "¢", 0xA3: "£", 0xA4: "\u{2044}", 0xA5: "¥", 0xA6: "ƒ", 0xA7: "§", 0xA8: "¤",
            0xA9: "'", 0xAA: "\u{201C}", 0xAB: "«", 0xAC: "\u{2039}", 0xAD: "\u{203A}", 0xAE: "\u{FB01}",
            0xAF: "\u{FB02}", 0xB1: "\u{2013}", 0xB2: "\u{2020}", 0xB3: "\u{2021}", 0xB4: "·", 0xB6: "¶",
            0xB7: "\u{2022}", 0xB8: "\u{201A}", 0xB9: "\u{201E}", 0xBA: "\u{201D}", 0xBB: "»", 0xBC: "\u{2026}",
            0xBD: "\u{2030}", 0xBF: "¿", 0xC1: "`", 0xC2: "´", 0xC3: "\u{02C6}", 0xC4: "\u{02DC}", 0xC5: "¯",
            0xC6: "\u{02D8}", 0xC7: "\u{02D9}", 0xC8: "¨", 0xCA: "\u{02DA}", 0xCB: "¸", 0xCD: "\u{02DD}",
            0xCE: "\u{02DB}", 0xCF: "\u{02C7}", 0xD0: "\u{2014}", 0xE1: "Æ", 0xE3: "ª", 0xE8: "Ł", 0xE9: "Ø",
            0xEA: "Œ", 0xEB: "º", 0xF1: "æ", 0xF5: "ı", 0xF8: "ł", 0xF9: "ø", 0xFA: "œ", 0xFB: "ß",
        ]
        for (code, text) in high { table[code] = text }
        return table
    }()

    /// WinAnsiEncoding, Windows code page 1252 (Annex D.2, column WIN): Latin-1 above 0xA0 and typographic marks
    /// in 0x80–0x9F.
    static let winAnsi: [String?] = {
        var table = ascii()
        fill(
            &table, from: 0x80,
            [
                "€", nil, "\u{201A}", "ƒ", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}", "\u{02C6}", "\u{2030}",
                "Š", "\u{2039}", "Œ", nil, "Ž", nil, nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}",
                "\u{2013}", "\u{2014}", "\u{02DC}", "\u{2122}", "š", "\u{203A}", "œ", nil, "ž", "Ÿ",
            ])
        for code in 0xA0...0xFF { table[code] = String(Unicode.Scalar(UInt8(code))) }
        // 0xA0 is a space and 0xAD a hyphen in this encoding (Annex D.2, notes 3 and 6).
        table[0xA0] = " "
        table[0xAD] = "-"
        return table
    }()

    /// MacRomanEncoding, the Mac OS Roman character set (Annex D.2, column MAC).
    static let macRoman: [String?] = {
        var table = ascii()
        let high =
            "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§\u{2022}¶ß®©\u{2122}´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»\u{2026} ÀÃÕŒœ"
            + "\u{2013}\u{2014}\u{201C}\u{201D}\u{2018}\u{2019}÷◊ÿŸ\u{2044}¤\u{2039}\u{203A}\u{FB01}\u{FB02}"
            + "\u{2021}·\u{201A}\u{201E}\u{2030}ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙı\u{02C6}\u{02DC}¯\u{02D8}\u{02D9}\u{02DA}¸"
            + "\u{02DD}\u{02DB}\u{02C7}"
        fill(&table, from: 0x80, high.unicodeScalars.map { String($0) })
        table[0xF0] = nil
        return table
    }()

    /// The base encoding a name in `/Encoding` or `/BaseEncoding` stands for.
    static func named(_ name: String) -> [String?]? {
        switch name {
        case "WinAnsiEncoding": winAnsi
        case "MacRomanEncoding": macRoman
        case "StandardEncoding": standard
        default: nil
        }
    }
}
