/// Writes numbers for sentences with a fixed count of decimals, a "." point and a "-" sign, whatever the locale:
/// `String(format:)` and `formatted()` may follow the user's locale, and a text alternative must read the same
/// in every test run and on every machine.
public enum FixedDecimal {
    /// `value` rounded half away from zero to `places` decimals (0...6), e.g. 0.125 → "0.13", −0.001 → "0.00".
    ///
    /// Values too large to round through an integer (|value| ≥ 10¹⁵, or too large once scaled) and non-finite values fall back to Swift's own
    /// description, which is locale-independent too.
    public static func string(_ value: Double, places: Int = 2) -> String {
        let places = min(max(places, 0), 6)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        // The scaled value must fit an Int (about 9.2 × 10¹⁸) to be rounded through one.
        guard value.isFinite, value.magnitude < 1e15, value.magnitude * Double(scale) < 9e18 else {
            return value.description
        }
        let scaled = Int((value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = String(scaled / scale)
        guard places > 0 else { return sign + whole }
        let fraction = String(scaled % scale)
        let padding = String(repeating: "0", count: places - fraction.count)
        return sign + whole + "." + padding + fraction
    }
}
