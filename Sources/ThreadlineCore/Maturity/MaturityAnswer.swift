/// One respondent's rating of one enabler: a level of the scale, or none ("Don't know / prefer not to say").
public struct MaturityAnswer: Hashable, Sendable, Codable {
    /// The enabler rated.
    public var enablerID: Enabler.ID
    /// The level chosen, or `nil` when the respondent did not know or preferred not to say; such answers are kept
    /// (they show how many people felt unable to judge) but never enter a median.
    public var level: Int?
    /// What the respondent added in their own words; may be empty.
    public var comment: String

    /// Creates an answer.
    public init(enablerID: Enabler.ID, level: Int?, comment: String = "") {
        self.enablerID = enablerID
        self.level = level
        self.comment = comment
    }

    /// The longest comment kept, in characters.
    public static let maximumCommentLength = 4000
}
