public import Foundation

/// An organisation taking part: a council, leisure trust, youth service, community group…
public struct Organisation: ContentEntity, PlaceLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<Organisation>

    /// Its identifier.
    public var id: ID
    /// Name.
    public var name: String
    /// The URL name of its public page.
    public var slug: String
    /// Sector.
    public var sector: String
    /// Place.
    public var placeID: Place.ID?
    /// Website.
    public var website: String?
    /// Description.
    public var description: String
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

    /// Creates a Organisation; fields left out start empty.
    public init(
        id: ID,
        name: String = "",
        slug: String = "",
        sector: String = "",
        placeID: Place.ID? = nil,
        website: String? = nil,
        description: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.slug = slug
        self.sector = sector
        self.placeID = placeID
        self.website = website
        self.description = description
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case slug
        case sector
        case placeID = "place_id"
        case website
        case description
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.organisation

    public static let schema = EntitySchema(
        kind: .organisation,
        fields: [
            FieldSpec("name", "Name", .text, required: true, maximumLength: 160),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec(
                "sector", "Sector", .text, maximumLength: 120,
                hint: "For example: local authority, leisure trust, voluntary sector."),
            FieldSpec(
                "place_id", "Place", .reference(.place), hint: "Leave empty for organisations that work across places."),
            FieldSpec("website", "Website", .url),
            FieldSpec("description", "Description", .markdown),
        ]
    )

    public var displayTitle: String { name }

    public var publicSlug: String? { slug }
}
