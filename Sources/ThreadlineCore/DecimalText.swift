import Foundation

/// Reads a figure as people type it in forms and spreadsheets (a Counts and Measures `value` cell, a decimal form
/// field): a plain decimal number such as "1200", "1,200", "-3.5" or
/// "0.25", with a full stop as the decimal mark and commas only between groups of three digits.
///
/// Anything else is refused with a sentence rather than guessed at: "12,5" may mean twelve and a half or a
/// mistyped 125, and "£12" or "12%" carries a unit that belongs in the unit column.
public enum DecimalText {
    /// The number in `text` (already trimmed), or the sentence saying why it is not one.
    public static func parse(_ text: String) -> Result<Double, Problem> {
        let quoted = text.count > 40 ? String(text.prefix(39)) + "…" : text
        let bytes = Array(text.utf8)
        guard let normalised = plainDigits(bytes) else {
            return .failure(Problem(message: sentence(for: bytes, quoted: quoted)))
        }
        guard let value = Double(normalised), value.isFinite else {
            return .failure(Problem(message: "\"\(quoted)\" is too large a number."))
        }
        return .success(value)
    }

    /// The number in `text` (trimmed here), or `nil` when it is not one.
    public static func number(_ text: String) -> Double? {
        try? parse(text.trimmingCharacters(in: .whitespaces)).get()
    }

    /// Why a value was refused.
    public struct Problem: Error, Equatable {
        /// The sentence to show beside the value.
        public var message: String
    }

    /// `bytes` without the thousands commas when they follow the grammar `[+-]? whole ( "." digits )?`, where the
    /// whole part is plain digits or comma-separated groups of three after a first group of one to three; `nil`
    /// otherwise. A missing whole part (".5") is allowed, a missing fraction after the point ("5.") is not.
    private static func plainDigits(_ bytes: [UInt8]) -> String? {
        var index = 0
        var result: [UInt8] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            result.append(bytes[index])
            index += 1
        }
        var groups: [Int] = [0]
        while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
            let byte = bytes[index]
            if isDigit(byte) {
                groups[groups.count - 1] += 1
                result.append(byte)
            } else if byte == UInt8(ascii: ",") {
                groups.append(0)
            } else {
                return nil
            }
            index += 1
        }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first), groups.dropFirst().allSatisfy({ $0 == 3 })
            else { return nil }
        }
        let wholeDigits = groups.reduce(0, +)
        var fractionDigits = 0
        if index < bytes.count {
            result.append(UInt8(ascii: "."))
            index += 1
            while index < bytes.count {
                guard isDigit(bytes[index]) else { return nil }
                result.append(bytes[index])
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
        }
        guard wholeDigits + fractionDigits > 0 else { return nil }
        return String(decoding: result, as: UTF8.self)
    }

    /// The most helpful sentence for text that is not a plain number.
    private static func sentence(for bytes: [UInt8], quoted: String) -> String {
        let hasDigit = bytes.contains(where: isDigit)
        guard hasDigit else { return "\"\(quoted)\" is not a number; write it in digits, like 12 or 1,200." }
        let numeric: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "+")]
        if bytes.allSatisfy({ isDigit($0) || numeric.contains($0) }) {
            return "\"\(quoted)\" is not a number: use a full stop for decimals (12.5) and commas only between "
                + "thousands (1,200)."
        }
        if isExponentForm(bytes) {
            return "\"\(quoted)\" is not a number this file takes; write it out in digits, like 1200 or 0.001."
        }
        return "\"\(quoted)\" is not a number; put the unit in the unit column."
    }

    /// Whether `bytes` look like scientific notation ("1e999", "2.5E-3"), which spreadsheets write for very large
    /// or small numbers but people reading the file would not.
    private static func isExponentForm(_ bytes: [UInt8]) -> Bool {
        guard let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else {
            return false
        }
        let mantissa = bytes[..<e]
        var exponent = bytes[(e + 1)...]
        if let sign = exponent.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            exponent = exponent.dropFirst()
        }
        return !exponent.isEmpty && exponent.allSatisfy(isDigit) && mantissa.contains(where: isDigit)
            && mantissa.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
