/// The original document behind an imported source: a .docx or PDF whose plain text is what was coded.
public struct SourceFile: Hashable, Sendable {
    /// The source it belongs to.
    public var source: CodingSource
    /// Its file name as the other tool gave it.
    public var name: String
    /// Lower-case hex SHA-256 of its bytes; where the media folder keeps it.
    public var sha256: String
    /// Its size.
    public var bytes: Int

    /// Creates the description.
    public init(source: CodingSource, name: String, sha256: String, bytes: Int) {
        self.source = source
        self.name = name
        self.sha256 = sha256
        self.bytes = bytes
    }
}
