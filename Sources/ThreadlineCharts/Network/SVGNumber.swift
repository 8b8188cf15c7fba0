/// Numbers written the same way on every platform and locale, without Foundation's formatters.
enum SVGNumber {
    /// `value` rounded to `decimals` places (0–6), with trailing zeros and a negative zero dropped: 3 → "3",
    /// 2.50 → "2.5", -0.04 → "0" for one place. A non-finite value is written as "0".
    static func format(_ value: Double, decimals: Int = 1) -> String {
        let places = min(max(decimals, 0), 6)
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * Double(scale)).rounded()
        // Past 2⁵² every double is already an integer, and beyond Int's range the conversion would trap.
        guard scaled.isFinite, abs(scaled) < 0x1.0p52 else { return "0" }
        let units = Int(scaled)
        guard units != 0 else { return "0" }
        let sign = units < 0 ? "-" : ""
        let whole = abs(units) / scale
        var fraction = abs(units) % scale
        guard fraction != 0 else { return sign + String(whole) }
        var digits = places
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let fractionText = String(fraction)
        let padding = String(repeating: "0", count: digits - fractionText.count)
        return sign + String(whole) + "." + padding + fractionText
    }
}
