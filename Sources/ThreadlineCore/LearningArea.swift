public import Foundation

/// A learning area of a report: a lesson linked to one enabler, with a local story and questions for readers.
public struct LearningArea: ContentEntity, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<LearningArea>

    /// Its identifier.
    public var id: ID
    /// Position.
    public var position: Int
    /// Title.
    public var title: String
    /// The URL name of its public page.
    public var slug: String
    /// Outline.
    public var outline: String
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// Featured local story.
    public var featuredStoryID: Story.ID?
    /// Questions you could consider.
    public var questions: [String]
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

    /// Creates a LearningArea; fields left out start empty.
    public init(
        id: ID,
        position: Int = 0,
        title: String = "",
        slug: String = "",
        outline: String = "",
        enablerID: Enabler.ID? = nil,
        featuredStoryID: Story.ID? = nil,
        questions: [String] = [],
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.position = position
        self.title = title
        self.slug = slug
        self.outline = outline
        self.enablerID = enablerID
        self.featuredStoryID = featuredStoryID
        self.questions = questions
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case position
        case title
        case slug
        case outline
        case enablerID = "enabler_id"
        case featuredStoryID = "featured_story_id"
        case questions
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.learningArea

    public static let schema = EntitySchema(
        kind: .learningArea,
        fields: [
            FieldSpec("position", "Position", .integer, required: true, hint: "Order on the programme home page."),
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec("outline", "Outline", .markdown, required: true, hint: "What was learned."),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler), required: true),
            FieldSpec("featured_story_id", "Featured local story", .reference(.story)),
            FieldSpec(
                "questions", "Questions you could consider", .lines, maximumLength: 500, hint: "One question per line."),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { slug }
}
