public import ThreadlineCore

/// What reading an attribute sheet did: every problem by line (and nothing written), or how many cases it created
/// and updated.
public struct AttributeSheetOutcome: Sendable, Hashable {
    /// The problems, in line order; when there are any, nothing was written.
    public var problems: [AttributeSheetProblem]
    /// Cases created.
    public var created: Int
    /// Cases updated.
    public var updated: Int

    /// Creates the outcome.
    public init(problems: [AttributeSheetProblem], created: Int, updated: Int) {
        self.problems = problems
        self.created = created
        self.updated = updated
    }
}
