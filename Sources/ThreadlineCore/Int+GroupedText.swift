extension Int {
    /// The number with thousands separated by commas, whatever the machine's locale: `100,000`.
    ///
    /// Limits quoted in messages should read the same on every server, and `formatted()` follows the locale.
    public var groupedText: String {
        var digits = String(magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (self < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
