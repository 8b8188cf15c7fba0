/// One stakeholder's answer: how established one enabler is in one place in one survey year.
///
/// Keys are plain strings so this layer needs no entity types; the caller maps place and enabler IDs to keys.
public struct MaturityRating: Hashable, Sendable, Codable {
    /// Which place the answer is about.
    public var placeKey: String
    /// Which enabler the answer is about.
    public var enablerKey: String
    /// The survey year.
    public var year: Int
    /// The level chosen; valid only when the scale contains it (see ``MaturityAggregation/problems(ratings:scale:)``).
    public var value: Int

    /// Creates a rating.
    public init(placeKey: String, enablerKey: String, year: Int, value: Int) {
        self.placeKey = placeKey
        self.enablerKey = enablerKey
        self.year = year
        self.value = value
    }
}
