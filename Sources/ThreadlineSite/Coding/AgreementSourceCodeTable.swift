/// One pair of coders' coding comparison: agreement on each code in each source both of them coded.
public struct AgreementSourceCodeTable {
    /// The table's element id, for its caption.
    public var id: String
    /// "A and B".
    public var pair: String
    /// The table's caption.
    public var caption: String
    /// The rows kept, sources by title and codes in codebook order.
    public var rows: [AgreementSourceCodeRow]
    /// Whether any row is kept.
    public var hasRows: Bool
    /// What to say when no row is kept.
    public var emptyText: String

    /// Creates the value from each of its fields.
    public init(
        id: String, pair: String, caption: String, rows: [AgreementSourceCodeRow], emptyText: String
    ) {
        self.id = id
        self.pair = pair
        self.caption = caption
        self.rows = rows
        self.hasRows = !rows.isEmpty
        self.emptyText = emptyText
    }
}
