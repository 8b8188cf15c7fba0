/// Writes the statistics' numbers the same way everywhere: at most two decimals, no trailing zeros, a full stop as
/// the decimal mark whatever the locale ("3", "3.5", "2.25").
///
/// Two decimals are enough because type-7 quartiles of whole-number levels are multiples of 0.25.
public enum MaturityNumberText {
    /// `value` rounded to two decimals; "not a number" for NaN and the description of very large values.
    public static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "not a number" : (value < 0 ? "-∞" : "∞") }
        let hundredths = (value * 100).rounded()
        // Beyond this the integer conversion could trap; such values never come from a rating scale.
        guard abs(hundredths) < 1e15 else { return String(describing: value) }
        let whole = Int(hundredths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        let units = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(units)" }
        if fraction % 10 == 0 { return "\(sign)\(units).\(fraction / 10)" }
        return "\(sign)\(units).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
