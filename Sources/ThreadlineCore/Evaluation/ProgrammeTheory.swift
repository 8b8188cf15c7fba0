public import Foundation

/// One evaluation cycle's version of a realist programme theory for an enabler: in this context, this mechanism leads
/// to this outcome. A later cycle's version names the one it revises, so the history of a theory is a chain.
public struct ProgrammeTheory: ContentEntity, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<ProgrammeTheory>

    /// Its identifier.
    public var id: ID
    /// Title.
    public var title: String
    /// The URL name of its public page.
    public var slug: String
    /// The enabler the theory explains.
    public var enablerID: Enabler.ID?
    /// The evaluation cycle this version belongs to.
    public var cycle: String
    /// Context.
    public var context: String
    /// Mechanism.
    public var mechanism: String
    /// Outcome.
    public var outcome: String
    /// The earlier version this one revises.
    public var revisesID: ProgrammeTheory.ID?
    /// What changed since the version it revises, and why.
    public var changeNote: String
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

    /// Creates a ProgrammeTheory; fields left out start empty.
    public init(
        id: ID,
        title: String = "",
        slug: String = "",
        enablerID: Enabler.ID? = nil,
        cycle: String = "",
        context: String = "",
        mechanism: String = "",
        outcome: String = "",
        revisesID: ProgrammeTheory.ID? = nil,
        changeNote: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.slug = slug
        self.enablerID = enablerID
        self.cycle = cycle
        self.context = context
        self.mechanism = mechanism
        self.outcome = outcome
        self.revisesID = revisesID
        self.changeNote = changeNote
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
        case enablerID = "enabler_id"
        case cycle
        case context
        case mechanism
        case outcome
        case revisesID = "revises_id"
        case changeNote = "change_note"
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.programmeTheory

    public static let schema = EntitySchema(
        kind: .programmeTheory,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "slug", "URL name", .slug, required: true,
                hint: "Lower-case letters, digits and hyphens; each version has its own, e.g. trust-2024."),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler), required: true),
            FieldSpec(
                "cycle", "Evaluation cycle", .text, required: true, maximumLength: 40,
                hint: "The cycle this version belongs to, e.g. 2023–24 or Cycle 3."),
            FieldSpec("context", "Context", .markdown, required: true, hint: "For whom and in what circumstances."),
            FieldSpec("mechanism", "Mechanism", .markdown, required: true, hint: "What people do or feel differently."),
            FieldSpec("outcome", "Outcome", .markdown, required: true, hint: "What changes as a result."),
            FieldSpec(
                "revises_id", "Revises", .reference(.programmeTheory),
                hint: "The earlier version this one replaces, if any."),
            FieldSpec(
                "change_note", "What changed and why", .markdown,
                hint: "For a revision: what the evidence showed that changed the theory."),
        ]
    )

    public var displayTitle: String { title + (cycle.isEmpty ? "" : " (" + cycle + ")") }

    public var publicSlug: String? { slug }

    public func crossFieldProblems() -> [FieldProblem] {
        guard let revisesID, revisesID.description == id.description else { return [] }
        return [FieldProblem(field: "revises_id", message: "A version cannot revise itself; choose an earlier one.")]
    }
}
