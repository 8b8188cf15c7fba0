public import Foundation

/// A learning report: a title, a period, its authors and a summary, with ordered sections (`ReportSection`), each
/// about one learning area, that play the testimony they cite.
///
/// Readers never see the report being edited: publishing records a `ReportVersion` (a snapshot of the report and
/// its sections), and the public page shows the latest one. Editing a published report changes nothing public until
/// it is published again.
public struct Report: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<Report>

    /// Its identifier.
    public var id: ID
    /// Title.
    public var title: String
    /// The URL name of its public page, `/reports/{slug}`.
    public var slug: String
    /// The first month (or day, or year) the report covers.
    public var periodStart: PartialDate?
    /// The last month (or day, or year) the report covers.
    public var periodEnd: PartialDate?
    /// Who wrote it, one name per entry.
    public var authors: [String]
    /// Markdown summary shown above the sections and in lists.
    public var summary: String
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

    /// Creates a report; fields left out start empty.
    public init(
        id: ID, title: String = "", slug: String = "", periodStart: PartialDate? = nil, periodEnd: PartialDate? = nil,
        authors: [String] = [], summary: String = "", status: PublicationStatus = .draft, authorID: User.ID? = nil,
        createdAt: Date, updatedAt: Date? = nil, publishedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.slug = slug
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.authors = authors
        self.summary = summary
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
        case periodStart = "period_start"
        case periodEnd = "period_end"
        case authors
        case summary
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.report

    public static let schema = EntitySchema(
        kind: .report,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; the report's address is /reports/ and this name."),
            FieldSpec("period_start", "Period from", .partialDate, hint: "YYYY, YYYY-MM or YYYY-MM-DD."),
            FieldSpec("period_end", "Period to", .partialDate, hint: "YYYY, YYYY-MM or YYYY-MM-DD."),
            FieldSpec("authors", "Authors", .lines, maximumLength: 200, hint: "One name per line."),
            FieldSpec("summary", "Summary", .markdown, required: true, hint: "Shown above the sections and in lists."),
        ]
    )

    public var displayTitle: String { title }

    public var publicSlug: String? { slug }

    /// The period must not end before it starts.
    public func crossFieldProblems() -> [FieldProblem] {
        guard let periodStart, let periodEnd, periodEnd < periodStart else { return [] }
        return [FieldProblem(field: "period_end", message: "The period cannot end before it starts.")]
    }

    /// The period as a reader sees it: "March 2021 – October 2022", one end alone, or `nil`.
    public var periodText: String? {
        switch (periodStart, periodEnd) {
        case (let start?, let end?) where start == end: start.displayText
        case (let start?, let end?): "\(start.displayText) – \(end.displayText)"
        case (let start?, nil): "From \(start.displayText)"
        case (nil, let end?): "Until \(end.displayText)"
        case (nil, nil): nil
        }
    }
}
