public import Foundation

/// A system enabler: one part of the programme's framework of change (GM Moving has five).
public struct Enabler: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<Enabler>

    /// Its identifier.
    public var id: ID
    /// Number.
    public var number: Int
    /// Name.
    public var name: String
    /// The URL name of its public page.
    public var slug: String
    /// Summary.
    public var summary: String
    /// Definition.
    public var definition: String
    /// Programme theory.
    public var programmeTheory: String
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

    /// Creates a Enabler; fields left out start empty.
    public init(
        id: ID,
        number: Int = 0,
        name: String = "",
        slug: String = "",
        summary: String = "",
        definition: String = "",
        programmeTheory: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.number = number
        self.name = name
        self.slug = slug
        self.summary = summary
        self.definition = definition
        self.programmeTheory = programmeTheory
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case number
        case name
        case slug
        case summary
        case definition
        case programmeTheory = "programme_theory"
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.enabler

    public static let schema = EntitySchema(
        kind: .enabler,
        fields: [
            FieldSpec("number", "Number", .integer, required: true, hint: "Its place in the framework: 1, 2, 3…"),
            FieldSpec("name", "Name", .text, required: true, maximumLength: 160),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec(
                "summary", "Summary", .multilineText, maximumLength: 400, hint: "One or two sentences for lists."),
            FieldSpec(
                "definition", "Definition", .markdown, required: true, hint: "What the enabler means in practice."),
            FieldSpec(
                "programme_theory", "Programme theory", .markdown,
                hint: "What works, for whom, in what context and why (context → mechanism → outcome)."),
        ]
    )

    public var displayTitle: String { name }

    public var publicSlug: String? { slug }
}
