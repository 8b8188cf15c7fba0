/// Numbers as they appear in error sentences.
enum MediaNumberText {
    /// `value` in decimal with a comma between groups of three digits, such as `1,048,576`, so that byte counts
    /// in messages can be read at a glance.
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }

    /// `value` as `grouped(_:)` writes it.
    static func grouped(_ value: UInt64) -> String {
        value <= UInt64(Int64.max) ? grouped(Int64(value)) : String(value)
    }

    /// `value` as `grouped(_:)` writes it.
    static func grouped(_ value: Int) -> String {
        grouped(Int64(value))
    }
}
