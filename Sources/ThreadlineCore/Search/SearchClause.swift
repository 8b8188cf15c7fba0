/// A part of a query that every result must satisfy: a single term, or several alternatives joined by `OR`.
public struct SearchClause: Hashable, Sendable, CustomStringConvertible {
    /// The alternatives, in the order typed, without repeats. A result must contain at least one. Never empty.
    public let terms: [SearchTerm]

    init(terms: [SearchTerm]) {
        self.terms = terms
    }

    /// The alternatives joined by ` OR `, e.g. `trust OR "place based"`.
    public var description: String {
        terms.map(\.description).joined(separator: " OR ")
    }
}
