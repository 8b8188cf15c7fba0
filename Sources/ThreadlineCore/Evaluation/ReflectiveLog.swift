public import Foundation

/// A local partner's reflective-practice entry: what happened (What?), why it matters (So what?) and what they will
/// do next (Now what?), about one place and the enablers it shows.
public struct ReflectiveLog: ContentEntity, PlaceLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<ReflectiveLog>

    /// Its identifier.
    public var id: ID
    /// Title.
    public var title: String
    /// The URL name of its public page.
    public var slug: String
    /// Place.
    public var placeID: Place.ID?
    /// When it was written.
    public var date: PartialDate?
    /// What happened.
    public var what: String
    /// Why it matters.
    public var soWhat: String
    /// What will be done next.
    public var nowWhat: String
    /// The system enablers it shows.
    public var enablerIDs: [Enabler.ID]
    /// Counts and Measures examples it is about.
    public var exampleIDs: [CountsExample.ID]
    /// Who wrote it, as they wish to be credited.
    public var credit: String
    /// Draft or published.
    public var status: PublicationStatus
    /// The user who created it; `nil` for imported content.
    public var authorID: User.ID?
    /// When it was created.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// When it was first published.
    public var publishedAt: Date?

    /// Creates a ReflectiveLog; fields left out start empty.
    public init(
        id: ID,
        title: String = "",
        slug: String = "",
        placeID: Place.ID? = nil,
        date: PartialDate? = nil,
        what: String = "",
        soWhat: String = "",
        nowWhat: String = "",
        enablerIDs: [Enabler.ID] = [],
        exampleIDs: [CountsExample.ID] = [],
        credit: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.slug = slug
        self.placeID = placeID
        self.date = date
        self.what = what
        self.soWhat = soWhat
        self.nowWhat = nowWhat
        self.enablerIDs = enablerIDs
        self.exampleIDs = exampleIDs
        self.credit = credit
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case title
        case slug
        case placeID = "place_id"
        case date
        case what
        case soWhat = "so_what"
        case nowWhat = "now_what"
        case enablerIDs = "enabler_ids"
        case exampleIDs = "example_ids"
        case credit
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.reflectiveLog

    public static let schema = EntitySchema(
        kind: .reflectiveLog,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec("place_id", "Place", .reference(.place), required: true),
            FieldSpec(
                "date", "Date", .partialDate, required: true,
                hint: "When the reflection was written: YYYY, YYYY-MM or YYYY-MM-DD."),
            FieldSpec(
                "what", "What?", .markdown, required: true,
                hint: "What happened: the event, the conversation, the change you saw."),
            FieldSpec(
                "so_what", "So what?", .markdown,
                hint: "Why it matters: what it tells you about the system and the enablers."),
            FieldSpec(
                "now_what", "Now what?", .markdown,
                hint: "What you or your partners will do differently next."),
            FieldSpec("enabler_ids", "System enablers", .references(.enabler)),
            FieldSpec(
                "example_ids", "Counts and Measures examples", .references(.countsExample),
                hint: "Examples already recorded in Counts and Measures that this reflection is about."),
            FieldSpec(
                "credit", "Written by", .text, maximumLength: 200,
                hint: "The partner or role, as they wish to be credited."),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { slug }
}
