import Foundation

/// Maps glyph names to Unicode, as `/Differences` arrays name glyphs (ISO 32000-1 §9.6.6.2 and §9.10.2): the common
/// names of the Adobe Glyph List, accented letters built from a letter and an accent's name, `uniXXXX` and `uXXXX`
/// names, ligatures written `f_i`, and suffixed variants such as `a.sc`. Ligature glyphs such as `fi` give their
/// letters, so that search finds the words.
enum PDFGlyphNames {
    /// Names that are not a letter with an accent.
    private static let names: [String: String] = [
        "space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$", "percent": "%",
        "ampersand": "&", "quotesingle": "'", "quoteright": "\u{2019}", "parenleft": "(", "parenright": ")",
        "asterisk": "*", "plus": "+", "comma": ",", "hyphen": "-", "period": ".", "slash": "/", "colon": ":",
        "semicolon": ";", "less": "<", "equal": "=", "greater": ">", "question": "?", "at": "@",
        "bracketleft": "[", "backslash": "\\", "bracketright": "]", "asciicircum": "^", "underscore": "_",
        "grave": "`", "quoteleft": "\u{2018}", "braceleft": "{", "bar": "|", "braceright": "}", "asciitilde": "~",
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "exclamdown": "¡", "cent": "¢", "sterling": "£", "fraction": "\u{2044}",
        "yen": "¥", "florin": "ƒ", "section": "§", "currency": "¤", "quotedblleft": "\u{201C}",
        "guillemotleft": "«", "guilsinglleft": "\u{2039}", "guilsinglright": "\u{203A}", "fi": "fi", "fl": "fl",
        "ff": "ff", "ffi": "ffi", "ffl": "ffl", "endash": "\u{2013}",
        "emdash": "\u{2014}", "dagger": "\u{2020}", "daggerdbl": "\u{2021}", "periodcentered": "·",
        "paragraph": "¶", "bullet": "\u{2022}", "quotesinglbase": "\u{201A}", "quotedblbase": "\u{201E}",
        "quotedblright": "\u{201D}", "guillemotright": "»", "ellipsis": "\u{2026}", "perthousand": "\u{2030}",
        "questiondown": "¿", "acute": "´", "circumflex": "\u{02C6}", "tilde": "\u{02DC}", "macron": "¯",
        "breve": "\u{02D8}", "dotaccent": "\u{02D9}", "dieresis": "¨", "ring": "\u{02DA}", "cedilla": "¸",
        "hungarumlaut": "\u{02DD}", "ogonek": "\u{02DB}", "caron": "\u{02C7}", "AE": "Æ", "ae": "æ",
        "ordfeminine": "ª", "ordmasculine": "º", "Lslash": "Ł", "lslash": "ł", "Oslash": "Ø", "oslash": "ø",
        "OE": "Œ", "oe": "œ", "dotlessi": "ı", "germandbls": "ß", "Eth": "Ð", "eth": "ð", "Thorn": "Þ",
        "thorn": "þ", "brokenbar": "¦", "copyright": "©", "registered": "®", "trademark": "\u{2122}",
        "degree": "°", "plusminus": "±", "multiply": "×", "divide": "÷", "minus": "\u{2212}", "logicalnot": "¬",
        "mu": "µ", "onehalf": "½", "onequarter": "¼", "threequarters": "¾", "onesuperior": "¹",
        "twosuperior": "²", "threesuperior": "³", "Euro": "€", "nbspace": "\u{00A0}", "nonbreakingspace": "\u{00A0}",
        "sfthyphen": "\u{00AD}", "softhyphen": "\u{00AD}", "minute": "\u{2032}", "second": "\u{2033}",
        "arrowright": "\u{2192}", "arrowleft": "\u{2190}", "checkmark": "\u{2713}", "dotlessj": "\u{0237}",
        "figuredash": "\u{2012}", "quoteleftreversed": "\u{201B}", "tab": "\t",
    ]

    /// Combining marks for the accent part of names such as `eacute` or `Scaron`.
    private static let accents: [String: Unicode.Scalar] = [
        "grave": "\u{0300}", "acute": "\u{0301}", "circumflex": "\u{0302}", "tilde": "\u{0303}",
        "macron": "\u{0304}", "breve": "\u{0306}", "dotaccent": "\u{0307}", "dieresis": "\u{0308}",
        "ring": "\u{030A}", "hungarumlaut": "\u{030B}", "caron": "\u{030C}", "commaaccent": "\u{0326}",
        "cedilla": "\u{0327}", "ogonek": "\u{0328}",
    ]

    /// The text a glyph name stands for, or `nil` for a name it does not know (`g123`, `cid45`).
    static func unicode(for name: String) -> String? {
        if let known = names[name] { return known }
        // A suffix after a period names a variant of the same character (`a.sc`, `one.oldstyle`).
        if let dot = name.firstIndex(of: "."), dot != name.startIndex {
            return unicode(for: String(name[..<dot]))
        }
        // Ligatures are written as their parts joined by underscores (`f_f_i`).
        if name.contains("_") {
            let parts = name.split(separator: "_").map { unicode(for: String($0)) }
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
            return parts.compactMap(\.self).joined()
        }
        let utf8 = Array(name.utf8)
        if utf8.count == 1, let scalar = name.unicodeScalars.first, scalar.properties.isAlphabetic, scalar.isASCII {
            return name
        }
        if name.hasPrefix("uni"), utf8.count >= 7, (utf8.count - 3) % 4 == 0 {
            return hexScalars(name.dropFirst(3), groupLength: 4)
        }
        if name.hasPrefix("u"), (5...7).contains(utf8.count) {
            return hexScalars(name.dropFirst(1), groupLength: utf8.count - 1)
        }
        // A letter followed by the name of an accent: `eacute`, `Ccedilla`, `scommaaccent`.
        if utf8.count > 1, let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            let mark = accents[String(name.dropFirst())]
        {
            var composed = String(first)
            composed.unicodeScalars.append(mark)
            return composed.precomposedStringWithCanonicalMapping
        }
        return nil
    }

    /// Scalars written as groups of hexadecimal digits; `nil` when a group is not hex or not a scalar.
    private static func hexScalars(_ digits: Substring, groupLength: Int) -> String? {
        guard groupLength > 0 else { return nil }
        var result = ""
        var rest = digits
        while !rest.isEmpty {
            let group = rest.prefix(groupLength)
            rest = rest.dropFirst(groupLength)
            guard group.allSatisfy(\.isHexDigit), group.uppercased() == group || group.lowercased() == group,
                let value = UInt32(group, radix: 16), let scalar = Unicode.Scalar(value)
            else { return nil }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
