public import Foundation

/// A local area taking part in the programme, with its own journey.
public struct Place: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<Place>

    /// Its identifier.
    public var id: ID
    /// Name.
    public var name: String
    /// The URL name of its public page.
    public var slug: String
    /// Summary.
    public var summary: String
    /// About the place and its journey.
    public var body: String
    /// Stretches of its journey, one per line: `2018 to 2022: Pilot phase` or `2022 onwards: Business as usual`.
    public var eras: [String]
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

    /// Creates a Place; fields left out start empty.
    public init(
        id: ID,
        name: String = "",
        slug: String = "",
        summary: String = "",
        body: String = "",
        eras: [String] = [],
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.slug = slug
        self.summary = summary
        self.body = body
        self.eras = eras
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
        case summary
        case body
        case eras
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.place

    public static let schema = EntitySchema(
        kind: .place,
        fields: [
            FieldSpec("name", "Name", .text, required: true, maximumLength: 120),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec(
                "summary", "Summary", .multilineText, maximumLength: 400, hint: "One or two sentences for lists."),
            FieldSpec("body", "About the place and its journey", .markdown),
            FieldSpec(
                "eras", "Eras of its journey", .lines,
                hint: "One per line: “2018 to 2022: Pilot phase”, or “2022 onwards: Business as usual”."),
        ]
    )

    /// The eras that read correctly, in the order written.
    public var parsedEras: [PlaceEra] {
        eras.compactMap { PlaceEra(line: $0) }
    }

    public func crossFieldProblems() -> [FieldProblem] {
        eras.enumerated().compactMap { index, line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty, PlaceEra(line: line) == nil else { return nil }
            return FieldProblem(
                field: "eras[\(index)]",
                message: "“\(line)” is not an era: write “2018 to 2022: Pilot phase” or “2022 onwards: Title”, "
                    + "with dates as YYYY, YYYY-MM or YYYY-MM-DD and the end not before the start.")
        }
    }

    public var displayTitle: String { name }

    public var publicSlug: String? { slug }
}
