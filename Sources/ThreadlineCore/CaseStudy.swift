public import Foundation

/// A case study: self-contained, or a deep dive into one place's work.
public struct CaseStudy: ContentEntity, PlaceLinked, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<CaseStudy>

    /// Its identifier.
    public var id: ID
    /// Title.
    public var title: String
    /// The URL name of its public page.
    public var slug: String
    /// Format.
    public var format: CaseStudyFormat
    /// Summary.
    public var summary: String
    /// Case study.
    public var body: String
    /// Place.
    public var placeID: Place.ID?
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// Organisations involved.
    public var organisationIDs: [Organisation.ID]
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

    /// Creates a CaseStudy; fields left out start empty.
    public init(
        id: ID,
        title: String = "",
        slug: String = "",
        format: CaseStudyFormat = .selfContained,
        summary: String = "",
        body: String = "",
        placeID: Place.ID? = nil,
        enablerID: Enabler.ID? = nil,
        organisationIDs: [Organisation.ID] = [],
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.slug = slug
        self.format = format
        self.summary = summary
        self.body = body
        self.placeID = placeID
        self.enablerID = enablerID
        self.organisationIDs = organisationIDs
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
        case format
        case summary
        case body
        case placeID = "place_id"
        case enablerID = "enabler_id"
        case organisationIDs = "organisation_ids"
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.caseStudy

    public static let schema = EntitySchema(
        kind: .caseStudy,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec("format", "Format", .choice(CaseStudyFormat.choices), required: true),
            FieldSpec("summary", "Summary", .multilineText, maximumLength: 400),
            FieldSpec("body", "Case study", .markdown, required: true),
            FieldSpec("place_id", "Place", .reference(.place)),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler)),
            FieldSpec("organisation_ids", "Organisations involved", .references(.organisation)),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { slug }
}
