public import Foundation

/// A dated step in a place's journey, such as a steering group disbanded in July 2022.
public struct Milestone: ContentEntity, PlaceLinked, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<Milestone>

    /// Its identifier.
    public var id: ID
    /// Place.
    public var placeID: Place.ID?
    /// Date.
    public var date: PartialDate?
    /// Title.
    public var title: String
    /// Description.
    public var description: String
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// What kind of step it is (governance, partnership, community, investment…).
    public var kind: MilestoneKind?
    /// Other system enablers it evidences, besides `enablerID`.
    public var otherEnablerIDs: [Enabler.ID]
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

    /// Creates a Milestone; fields left out start empty.
    public init(
        id: ID,
        placeID: Place.ID? = nil,
        date: PartialDate? = nil,
        title: String = "",
        description: String = "",
        enablerID: Enabler.ID? = nil,
        kind: MilestoneKind? = nil,
        otherEnablerIDs: [Enabler.ID] = [],
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.placeID = placeID
        self.date = date
        self.title = title
        self.description = description
        self.enablerID = enablerID
        self.kind = kind
        self.otherEnablerIDs = otherEnablerIDs
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case placeID = "place_id"
        case date
        case title
        case description
        case enablerID = "enabler_id"
        case kind
        case otherEnablerIDs = "other_enabler_ids"
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.milestone

    public static let schema = EntitySchema(
        kind: .milestone,
        fields: [
            FieldSpec("place_id", "Place", .reference(.place), required: true),
            FieldSpec(
                "date", "Date", .partialDate, required: true,
                hint: "YYYY, YYYY-MM or YYYY-MM-DD: write only what is known."),
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec("description", "Description", .markdown),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler)),
            FieldSpec("kind", "Kind of step", .choice(MilestoneKind.choices)),
            FieldSpec(
                "other_enabler_ids", "Also evidences", .references(.enabler),
                hint: "Other system enablers this step shows, besides the one above."),
        ]
    )

    /// Every enabler it evidences: its own first, then the others, each once.
    public var allEnablerIDs: [Enabler.ID] {
        var seen: Set<Enabler.ID> = []
        return ([enablerID].compactMap { $0 } + otherEnablerIDs).filter { seen.insert($0).inserted }
    }

    public var displayTitle: String { title }

    public var publicSlug: String? { nil }
}
