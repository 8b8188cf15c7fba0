/// A fixture query rewritten as a reader would type it into Threadline's search box.
public struct TranslatedQuery: Hashable, Sendable {
    /// The fixture query it came from.
    public var fixture: FixtureQuery
    /// What a reader types: `joy always`, `"listen for"`, `chu*`, `"because"`.
    public var typed: String
    /// The FTS5 expression Threadline's query compiler must produce from `typed` for the two engines to search for
    /// the same thing: every term quoted, prefixes as `"chu" *`, terms joined by `AND`.
    public var expectedFTS5: String

    /// Creates a translation.
    public init(fixture: FixtureQuery, typed: String, expectedFTS5: String) {
        self.fixture = fixture
        self.typed = typed
        self.expectedFTS5 = expectedFTS5
    }
}
