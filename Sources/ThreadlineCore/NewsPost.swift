public import Foundation

/// A news post for the programme's readers, published in the news list and the Atom feed.
public struct NewsPost: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<NewsPost>

    /// Its identifier.
    public var id: ID
    /// Title.
    public var title: String
    /// The URL name of its public page.
    public var slug: String
    /// Summary.
    public var summary: String
    /// Post.
    public var body: String
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

    /// Creates a NewsPost; fields left out start empty.
    public init(
        id: ID,
        title: String = "",
        slug: String = "",
        summary: String = "",
        body: String = "",
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
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.newsPost

    public static let schema = EntitySchema(
        kind: .newsPost,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; it becomes the page address."),
            FieldSpec(
                "summary", "Summary", .multilineText, maximumLength: 400, hint: "Shown in the news list and the feed."),
            FieldSpec("body", "Post", .markdown, required: true),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { slug }
}
