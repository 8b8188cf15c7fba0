/// What `DatabaseCopier` copied, table by table, with the evidence that the copy is whole.
public struct DatabaseCopyReport: Sendable, Equatable {
    /// One table on both sides.
    public struct Table: Sendable, Equatable {
        /// The table's name.
        public var name: String
        /// Rows read from the source.
        public var sourceRows: Int
        /// Rows found on the target after the copy.
        public var targetRows: Int
        /// The SHA-256 over the source rows' digests (independent of row order).
        public var sourceChecksum: String
        /// The same checksum over the target's rows.
        public var targetChecksum: String

        /// Whether the target holds exactly the source's rows.
        public var matches: Bool { sourceRows == targetRows && sourceChecksum == targetChecksum }
    }

    /// Every data table, parents first.
    public var tables: [Table]
    /// How many documents the target's search index holds after its rebuild.
    public var searchDocuments: Int

    /// Whether every table matches.
    public var isVerified: Bool { tables.allSatisfy(\.matches) }
    /// All rows copied.
    public var totalRows: Int { tables.reduce(0) { $0 + $1.targetRows } }
}
