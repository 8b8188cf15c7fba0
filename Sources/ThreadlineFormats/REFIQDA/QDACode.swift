/// A code in the code book, possibly with child codes (`Code`).
public struct QDACode: Sendable, Equatable {
    /// The code's GUID, referenced by `CodeRef/@targetGUID`.
    public var guid: QDAGUID
    /// The code's name.
    public var name: String
    /// Whether selections may be coded with this code (`false` for pure grouping codes).
    public var isCodable: Bool
    /// The colour as `#RRGGBB`, upper-case.
    public var color: String?
    /// The text of the `Description` element, empty when absent.
    public var description: String
    /// Child codes, in document order.
    public var children: [QDACode]
    /// Notes attached to the code.
    public var noteRefs: [QDAGUID]

    /// Creates a code.
    public init(
        guid: QDAGUID,
        name: String,
        isCodable: Bool = true,
        color: String? = nil,
        description: String = "",
        children: [QDACode] = [],
        noteRefs: [QDAGUID] = []
    ) {
        self.guid = guid
        self.name = name
        self.isCodable = isCodable
        self.color = color
        self.description = description
        self.children = children
        self.noteRefs = noteRefs
    }
}
