/// The summary of the answers for one place, one enabler and one survey year.
public struct MaturityCell: Hashable, Sendable, Codable {
    /// The place's key, as in the ratings.
    public var placeKey: String
    /// The enabler's key, as in the ratings.
    public var enablerKey: String
    /// The survey year.
    public var year: Int
    /// The distribution of the answers; a cell exists only when it has at least one answer.
    public var summary: MaturitySummary

    /// Creates a cell.
    public init(placeKey: String, enablerKey: String, year: Int, summary: MaturitySummary) {
        self.placeKey = placeKey
        self.enablerKey = enablerKey
        self.year = year
        self.summary = summary
    }
}
