/// What an import stored.
public struct MaturityImportResult: Sendable, Hashable {
    /// Responses stored.
    public var responses: Int
    /// Answers stored (one per enabler per response).
    public var answers: Int
    /// Surveys made for places and years that had none.
    public var surveysCreated: Int

    /// Creates the figures.
    public init(responses: Int, answers: Int, surveysCreated: Int) {
        self.responses = responses
        self.answers = answers
        self.surveysCreated = surveysCreated
    }
}
