import Foundation

extension SixMonthPeriod {
    /// A sentence saying why `text` is not a six-month period, or `nil` when ``init(_:)`` reads it.
    ///
    /// The sentence quotes the text (shortened when long) and shows the form to use, so it can be shown as it is
    /// beside a form field or a file's line number.
    public static func problem(with text: String) -> String? {
        if parse(text) != nil { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let example = "write it like 2024 H1 (January–June) or 2024 H2 (July–December)."
        if trimmed.isEmpty { return "The period is missing: \(example)" }
        if let (year, _) = parts(of: trimmed), !years.contains(year) {
            return "\"\(quoted(trimmed))\" is outside the years \(years.lowerBound) to \(years.upperBound)."
        }
        return "\"\(quoted(trimmed))\" is not a six-month period: \(example)"
    }

    /// The period `text` names, if any.
    static func parse(_ text: String) -> SixMonthPeriod? {
        // No form is longer than a dozen characters; a bound keeps hostile input from costing anything.
        guard text.utf8.count <= 64 else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let (year, half) = parts(of: trimmed) else { return nil }
        return SixMonthPeriod(year: year, half: half)
    }

    /// The year (any four digits) and half (1 or 2) of "YYYY H1", "YYYY-H1", "YYYYH1", "H1 YYYY" or "H1-YYYY".
    private static func parts(of trimmed: String) -> (year: Int, half: Int)? {
        let bytes = Array(trimmed.utf8.prefix(16)).map { byte in
            // ASCII upper case, so "h1" reads like "H1".
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
        }
        guard trimmed.utf8.count == bytes.count else { return nil }
        if bytes.count >= 6, bytes.first != UInt8(ascii: "H") {
            // Year first: four digits, an optional single space or hyphen, then H1 or H2.
            guard let year = fourDigitYear(bytes[0..<4]) else { return nil }
            let rest = bytes[4...]
            let halfBytes = rest.count == 3 && isSeparator(rest[rest.startIndex]) ? rest.dropFirst() : rest
            guard let half = half(halfBytes) else { return nil }
            return (year, half)
        }
        // Half first: H1 or H2, a single space or hyphen, then four digits.
        guard bytes.count == 7, isSeparator(bytes[2]), let half = half(bytes[0..<2]),
            let year = fourDigitYear(bytes[3..<7])
        else { return nil }
        return (year, half)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")
    }

    private static func half(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 2, bytes[bytes.startIndex] == UInt8(ascii: "H") else { return nil }
        switch bytes[bytes.startIndex + 1] {
        case UInt8(ascii: "1"): return 1
        case UInt8(ascii: "2"): return 2
        default: return nil
        }
    }

    private static func fourDigitYear(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count == 4 else { return nil }
        var year = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            year = year * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return year
    }

    /// Long text cut short so a sentence about it stays readable.
    private static func quoted(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
