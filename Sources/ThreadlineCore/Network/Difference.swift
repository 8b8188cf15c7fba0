/// later − earlier for figures that may have no value.
enum Difference {
    /// `later − earlier`, or `nil` when either is `nil`.
    static func of(_ earlier: Double?, _ later: Double?) -> Double? {
        guard let earlier, let later else { return nil }
        return later - earlier
    }
}
