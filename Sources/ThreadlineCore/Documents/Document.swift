public import Foundation

/// A document added as evidence to code: a report, minutes, an interview write-up or a partner's plan, uploaded as
/// a .docx, .odt, .pdf, .txt or .md file (or brought in from another QDA tool as a text source).
///
/// Its text is what was taken out of the file, as plain text with the file's headings, paragraphs and list items
/// as `blocks`; coding positions count in `text`, so the words coded are exactly the file's. The file itself is
/// kept under its SHA-256 and can be downloaded. Documents are internal: the team codes them, the public never
/// sees them (see `EntityKind.isInternalOnly`).
public struct Document: ContentEntity, PlaceLinked, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<Document>

    /// Its identifier.
    public var id: ID
    /// Title: the file's own title, else its name, until someone changes it.
    public var title: String
    /// What it is and where it came from.
    public var summary: String
    /// Place.
    public var placeID: Place.ID?
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// The document's own date (when it was written), if known.
    public var date: PartialDate?
    /// Who wrote it or where it came from ("Salford CVS", "steering group minutes").
    public var origin: String
    /// The extracted text, which coding positions count in.
    public var text: String
    /// The text's layout: headings, paragraphs and list items, by scalar range.
    public var blocks: [SourceBlock]
    /// The original file's name as uploaded.
    public var fileName: String?
    /// The original file's SHA-256 (lower-case hex), which names it in the media folder.
    public var fileSHA256: String?
    /// The original file's size.
    public var fileBytes: Int?
    /// The kind of file it was read from (`docx`, `odt`, `pdf`, `txt`, `md`), or `text` for a text source from
    /// another tool.
    public var format: String
    /// Draft or published; a document stays a draft (it is never published).
    public var status: PublicationStatus
    /// The user who added it; `nil` for imported content.
    public var authorID: User.ID?
    /// When it was added.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// Never set: documents are not published.
    public var publishedAt: Date?

    /// Creates a document; fields left out start empty.
    public init(
        id: ID, title: String = "", summary: String = "", placeID: Place.ID? = nil, enablerID: Enabler.ID? = nil,
        date: PartialDate? = nil, origin: String = "", text: String = "", blocks: [SourceBlock] = [],
        fileName: String? = nil, fileSHA256: String? = nil, fileBytes: Int? = nil, format: String = "text",
        status: PublicationStatus = .draft, authorID: User.ID? = nil, createdAt: Date, updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.placeID = placeID
        self.enablerID = enablerID
        self.date = date
        self.origin = origin
        self.text = text
        self.blocks = blocks
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.fileBytes = fileBytes
        self.format = format
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case title
        case summary
        case placeID = "place_id"
        case enablerID = "enabler_id"
        case date
        case origin
        case text
        case blocks
        case fileName = "file_name"
        case fileSHA256 = "file_sha256"
        case fileBytes = "file_bytes"
        case format
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.document

    /// The fields people edit; the text and the file come from the upload only.
    public static let schema = EntitySchema(
        kind: .document,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "summary", "Summary", .multilineText, maximumLength: 600,
                hint: "What the document is, in a sentence or two."),
            FieldSpec("place_id", "Place", .reference(.place)),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler)),
            FieldSpec("date", "Date", .partialDate, hint: "When it was written: YYYY, YYYY-MM or YYYY-MM-DD."),
            FieldSpec(
                "origin", "Written by", .text, maximumLength: 200,
                hint: "Who wrote it or where it came from, e.g. \"steering group minutes\"."),
        ],
        systemKeys: ["text", "blocks", "file_name", "file_sha256", "file_bytes", "format"]
    )

    public var displayTitle: String { title }

    /// Documents have no public page.
    public var publicSlug: String? { nil }

    /// Its text as coders see it and coding positions count it.
    public var codableText: CodableText { CodableText(text: text, blocks: blocks) }
}
