/// One directed tie between two organisations: `from` reported working with `to`.
///
/// A tie is mutual when the opposite tie is drawn as well; the diagram works that out itself. Ties whose ends are not
/// among the nodes, ties from a node to itself, and repeats of the same `from`–`to` pair are skipped.
public struct NetworkDiagramTie: Sendable, Hashable {
    /// The key of the organisation the tie starts from.
    public var from: String
    /// The key of the organisation the tie points to.
    public var to: String
    /// The tie's mean trust rating on the 1–4 scale, or `nil` when nobody rated it. A non-finite value counts as `nil`.
    public var trust: Double?

    /// Creates a tie.
    public init(from: String, to: String, trust: Double?) {
        self.from = from
        self.to = to
        self.trust = trust
    }
}
