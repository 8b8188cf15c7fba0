public import Foundation

/// One section of a `Report`: a passage about one learning area (and so one system enabler), in Markdown that may
/// embed testimony clips, stories, case studies and place journeys (see `ReportEmbed`), ending with questions for
/// readers.
public struct ReportSection: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<ReportSection>

    /// Its identifier.
    public var id: ID
    /// The report it belongs to.
    public var reportID: Report.ID?
    /// Its place in the report, smallest first.
    public var position: Int
    /// Heading.
    public var title: String
    /// The learning area it is about.
    public var learningAreaID: LearningArea.ID?
    /// Markdown, with `{{clip …}}`-style embeds on lines of their own.
    public var body: String
    /// "Questions you could consider", one per entry.
    public var questions: [String]
    /// Draft or published; what readers see is decided by the report's published versions.
    public var status: PublicationStatus
    /// The user who created it; `nil` for imported content.
    public var authorID: User.ID?
    /// When it was created.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// When it was first published.
    public var publishedAt: Date?

    /// Creates a section; fields left out start empty.
    public init(
        id: ID, reportID: Report.ID? = nil, position: Int = 1, title: String = "",
        learningAreaID: LearningArea.ID? = nil, body: String = "", questions: [String] = [],
        status: PublicationStatus = .draft, authorID: User.ID? = nil, createdAt: Date, updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.reportID = reportID
        self.position = position
        self.title = title
        self.learningAreaID = learningAreaID
        self.body = body
        self.questions = questions
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case reportID = "report_id"
        case position
        case title
        case learningAreaID = "learning_area_id"
        case body
        case questions
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.reportSection

    public static let schema = EntitySchema(
        kind: .reportSection,
        fields: [
            FieldSpec("report_id", "Report", .reference(.report), required: true),
            FieldSpec("position", "Position", .integer, required: true, hint: "Order in the report, smallest first."),
            FieldSpec("title", "Heading", .text, required: true, maximumLength: 200),
            FieldSpec("learning_area_id", "Learning area", .reference(.learningArea), required: true),
            FieldSpec(
                "body", "Text", .markdown,
                hint:
                    "Markdown. On a line of its own, {{clip ID}} plays a testimony clip; {{story slug}}, "
                    + "{{case-study slug}} and {{journey place-slug}} show a story, a case study or a place's journey; "
                    + "{{questions}} places the questions below (otherwise they close the section)."),
            FieldSpec(
                "questions", "Questions you could consider", .lines, maximumLength: 500,
                hint: "One question per line."),
        ]
    )

    public var displayTitle: String { title }

    /// Sections are read inside their report, never on a page of their own.
    public var publicSlug: String? { nil }

    /// Embeds that cannot be read are reported with the line they are on.
    public func crossFieldProblems() -> [FieldProblem] {
        ReportBody(body).problems.map { FieldProblem(field: "body", message: $0.description) }
    }

    /// The anchor of the section on its report's page (`#section-2`).
    public var anchor: String { "section-\(position)" }
}
