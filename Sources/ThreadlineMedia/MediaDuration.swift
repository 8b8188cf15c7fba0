/// Turning counts of samples, bytes or ticks into milliseconds without overflowing on hostile values.
enum MediaDuration {
    /// `units / unitsPerSecond` seconds in whole milliseconds, rounded down, or `nil` when the rate is zero or
    /// the result does not fit in an `Int`.
    static func milliseconds(units: UInt64, perSecond unitsPerSecond: UInt64) -> Int? {
        guard unitsPerSecond > 0 else { return nil }
        // units × 1000 can exceed 64 bits, so multiply into 128 bits and divide back.
        let product = units.multipliedFullWidth(by: 1000)
        // The quotient fits in 64 bits exactly when the high half is below the divisor.
        guard product.high < unitsPerSecond else { return nil }
        let quotient = unitsPerSecond.dividingFullWidth(product).quotient
        return quotient <= UInt64(Int.max) ? Int(quotient) : nil
    }

    /// `seconds` in whole milliseconds, rounded down, or `nil` when it is not a finite, non-negative number of
    /// a size a recording could have (under about 31,000 years).
    static func milliseconds(seconds: Double) -> Int? {
        let milliseconds = (seconds * 1000).rounded(.down)
        guard milliseconds.isFinite, milliseconds >= 0, milliseconds < 1e15 else { return nil }
        return Int(milliseconds)
    }
}
