public import Foundation

/// A qualitative example a place gives in Counts and Measures for one enabler and six-month period.
public struct CountsExample: ContentEntity, PlaceLinked, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<CountsExample>

    /// Its identifier.
    public var id: ID
    /// Place.
    public var placeID: Place.ID?
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// The six-month period, canonical text such as "2024 H1".
    public var period: String
    /// Title.
    public var title: String
    /// The example.
    public var text: String
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

    /// Creates a CountsExample; fields left out start empty.
    public init(
        id: ID,
        placeID: Place.ID? = nil,
        enablerID: Enabler.ID? = nil,
        period: String = "",
        title: String = "",
        text: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.placeID = placeID
        self.enablerID = enablerID
        self.period = period
        self.title = title
        self.text = text
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case placeID = "place_id"
        case enablerID = "enabler_id"
        case period
        case title
        case text
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.countsExample

    public static let schema = EntitySchema(
        kind: .countsExample,
        fields: [
            FieldSpec("place_id", "Place", .reference(.place), required: true),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler), required: true),
            FieldSpec(
                "period", "Period", .choice(SixMonthPeriod.formChoices), required: true),
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec("text", "Example", .markdown, required: true),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { nil }
}
