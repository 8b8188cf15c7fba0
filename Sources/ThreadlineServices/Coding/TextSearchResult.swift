import ThreadlineCore

/// One hit of a text search query: the passage it is (for pages, exports and coding) and its words in context.
public struct TextSearchResult: Sendable, Hashable {
    /// The hit as a passage: `start..<end` are the words found and `text` is them in their context (with "…"
    /// where the paragraph goes on), so the passage exports read as NVivo's narrow context does.
    public var passage: CodedPassage
    /// The words shown before the hit, beginning with "… " when its paragraph goes on before them.
    public var before: String
    /// The words found, as the source reads them.
    public var matched: String
    /// The words shown after the hit, ending with " …" when its paragraph goes on after them.
    public var after: String

    /// Creates a result from each of its fields.
    public init(passage: CodedPassage, before: String, matched: String, after: String) {
        self.passage = passage
        self.before = before
        self.matched = matched
        self.after = after
    }
}
