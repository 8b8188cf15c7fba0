public import Foundation

/// A number places report in Counts and Measures every six months (partners engaged, people reached), with its unit
/// and the system enabler it evidences.
public struct Indicator: ContentEntity, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<Indicator>

    /// Its identifier.
    public var id: ID
    /// Name.
    public var name: String
    /// What one counts.
    public var unit: String
    /// The system enabler it evidences.
    public var enablerID: Enabler.ID?
    /// How it is counted.
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

    /// Creates a Indicator; fields left out start empty.
    public init(
        id: ID,
        name: String = "",
        unit: String = "",
        enablerID: Enabler.ID? = nil,
        description: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.unit = unit
        self.enablerID = enablerID
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
        case unit
        case enablerID = "enabler_id"
        case description
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.indicator

    public static let schema = EntitySchema(
        kind: .indicator,
        fields: [
            FieldSpec("name", "Name", .text, required: true, maximumLength: 200),
            FieldSpec(
                "unit", "Unit", .text, required: true, maximumLength: 60,
                hint: "What one counts: people, organisations, sessions, pounds."),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler), required: true),
            FieldSpec(
                "description", "How it is counted", .multilineText, maximumLength: 2000,
                hint: "What is included, so every place counts the same way."),
        ]
    )

    public var displayTitle: String { name }

    public var publicSlug: String? { nil }
}
