/// Writes Counts and Measures figures without needless decimals and with a full stop as the decimal mark, whatever
/// the machine's locale: "12", "12.5", "-3.25".
///
/// Two forms, because files and people need different things: ``exact(_:)`` keeps every digit so a number read
/// back is the same `Double`, and ``readable(_:)`` rounds and groups thousands for sentences and charts.
public enum MeasureNumberText {
    /// The shortest plain decimal that reads back as exactly `value`: no exponent, no thousands separator
    /// ("1200", "0.1", "0.00001", "10000000000000000"). NaN and the infinities give "nan", "inf" and "-inf".
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        // Swift's description is the shortest text that round-trips, but it switches to an exponent for large and
        // small magnitudes ("1e+16", "1e-05"), which a spreadsheet or a strict reader would not take as a number.
        let (negative, digits, pointPosition) = decimalDigits(of: value)
        return (negative ? "-" : "") + plain(digits: digits, pointPosition: pointPosition)
    }

    /// `value` rounded to at most `maximumFractionDigits` decimals (0…6) with thousands grouped by commas:
    /// "1,200", "12.5", "0.33". Values beyond 10¹⁵ are not rounded, since they have no fraction to drop.
    public static func readable(_ value: Double, maximumFractionDigits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "not a number" : (value < 0 ? "-∞" : "∞") }
        let places = min(max(maximumFractionDigits, 0), 6)
        var rounded = value
        if abs(value) < 1e15 {
            var scale = 1.0
            for _ in 0..<places { scale *= 10 }
            rounded = (value * scale).rounded() / scale
        }
        let text = exact(rounded)
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let whole = unsigned.prefix { $0 != "." }
        let fraction = unsigned.dropFirst(whole.count)
        return (negative ? "-" : "") + grouped(whole) + fraction
    }

    /// The sign, the significant digits and where the decimal point falls among them, from the shortest
    /// round-trip description. Zero is never negative here, so "-0" cannot appear.
    private static func decimalDigits(of value: Double) -> (negative: Bool, digits: String, pointPosition: Int) {
        let description = String(describing: abs(value))
        let parts = description.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first ?? Substring(description)
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let whole = mantissa.prefix { $0 != "." }
        let fraction = mantissa.dropFirst(whole.count + 1)
        var digits = String(whole) + fraction
        var pointPosition = whole.count + exponent
        // Leading zeros ("0.001" → "0001") would otherwise be kept as written; dropping them keeps the plain form
        // built below free of "00.1".
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        let isZero = digits == "0"
        return (value < 0 && !isZero, digits, isZero ? 1 : pointPosition)
    }

    /// Significant digits placed around the decimal point, padded with zeros, with no trailing fraction zeros.
    private static func plain(digits: String, pointPosition: Int) -> String {
        if pointPosition <= 0 {
            return "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let index = digits.index(digits.startIndex, offsetBy: pointPosition)
        return digits[..<index] + "." + digits[index...]
    }

    /// Whole-number digits with a comma between each group of three.
    private static func grouped(_ digits: Substring) -> String {
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
