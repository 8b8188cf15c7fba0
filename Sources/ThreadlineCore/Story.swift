public import Foundation

/// A local story: what happened in a place, told so that others can learn from it.
public struct Story: ContentEntity, PlaceLinked, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<Story>

    /// Its identifier.
    public var id: ID
    /// Title.
    public var title: String
    /// The URL name of its public page.
    public var slug: String
    /// Summary.
    public var summary: String
    /// Story.
    public var body: String
    /// Place.
    public var placeID: Place.ID?
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// Organisations involved.
    public var organisationIDs: [Organisation.ID]
    /// Told by.
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

    /// Creates a Story; fields left out start empty.
    public init(
        id: ID,
        title: String = "",
        slug: String = "",
        summary: String = "",
        body: String = "",
        placeID: Place.ID? = nil,
        enablerID: Enabler.ID? = nil,
        organisationIDs: [Organisation.ID] = [],
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
        self.summary = summary
        self.body = body
        self.placeID = placeID
        self.enablerID = enablerID
        self.organisationIDs = organisationIDs
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
        case summary
        case body
        case placeID = "place_id"
        case enablerID = "enabler_id"
        case organisationIDs = "organisation_ids"
        case credit
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.story

    public static let schema = EntitySchema(
        kind: .story,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec(
                "summary", "Summary", .multilineText, maximumLength: 400,
                hint: "One or two sentences for lists and feeds."),
            FieldSpec("body", "Story", .markdown, required: true),
            FieldSpec("place_id", "Place", .reference(.place)),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler)),
            FieldSpec("organisation_ids", "Organisations involved", .references(.organisation)),
            FieldSpec(
                "credit", "Told by", .text, maximumLength: 200,
                hint: "Who told or collected the story, as they wish to be credited."),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { slug }
}
