public import Foundation

/// A link between a version of a programme theory and one item of evidence that supports or challenges it.
public struct TheoryEvidence: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<TheoryEvidence>

    /// Its identifier.
    public var id: ID
    /// The theory version.
    public var theoryID: ProgrammeTheory.ID?
    /// Whether it supports or challenges the theory.
    public var stance: EvidenceStance?
    /// The story cited (exactly one of the evidence fields is set).
    public var storyID: Story.ID?
    /// The case study cited.
    public var caseStudyID: CaseStudy.ID?
    /// The testimony cited.
    public var testimonyID: Testimony.ID?
    /// The clip cited.
    public var clipID: Clip.ID?
    /// The reflective log cited.
    public var reflectiveLogID: ReflectiveLog.ID?
    /// The Counts and Measures example cited.
    public var exampleID: CountsExample.ID?
    /// Why it supports or challenges the theory.
    public var note: String
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

    /// Creates a TheoryEvidence; fields left out start empty.
    public init(
        id: ID,
        theoryID: ProgrammeTheory.ID? = nil,
        stance: EvidenceStance? = nil,
        storyID: Story.ID? = nil,
        caseStudyID: CaseStudy.ID? = nil,
        testimonyID: Testimony.ID? = nil,
        clipID: Clip.ID? = nil,
        reflectiveLogID: ReflectiveLog.ID? = nil,
        exampleID: CountsExample.ID? = nil,
        note: String = "",
        status: PublicationStatus = .draft,
        authorID: User.ID? = nil,
        createdAt: Date,
        updatedAt: Date? = nil,
        publishedAt: Date? = nil
    ) {
        self.id = id
        self.theoryID = theoryID
        self.stance = stance
        self.storyID = storyID
        self.caseStudyID = caseStudyID
        self.testimonyID = testimonyID
        self.clipID = clipID
        self.reflectiveLogID = reflectiveLogID
        self.exampleID = exampleID
        self.note = note
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case theoryID = "theory_id"
        case stance
        case storyID = "story_id"
        case caseStudyID = "case_study_id"
        case testimonyID = "testimony_id"
        case clipID = "clip_id"
        case reflectiveLogID = "reflective_log_id"
        case exampleID = "example_id"
        case note
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.theoryEvidence

    public static let schema = EntitySchema(
        kind: .theoryEvidence,
        fields: [
            FieldSpec("theory_id", "Programme theory", .reference(.programmeTheory), required: true),
            FieldSpec("stance", "The evidence", .choice(EvidenceStance.choices), required: true),
            FieldSpec("story_id", "Story", .reference(.story)),
            FieldSpec("case_study_id", "Case study", .reference(.caseStudy)),
            FieldSpec("testimony_id", "Testimony", .reference(.testimony)),
            FieldSpec("clip_id", "Clip", .reference(.clip)),
            FieldSpec("reflective_log_id", "Reflective log", .reference(.reflectiveLog)),
            FieldSpec("example_id", "Counts and Measures example", .reference(.countsExample)),
            FieldSpec(
                "note", "Why", .multilineText, maximumLength: 2000,
                hint: "What in the evidence supports or challenges the theory."),
        ]
    )

    public var displayTitle: String { (stance?.rawValue ?? "evidence") + (note.isEmpty ? "" : ": " + note) }

    public var publicSlug: String? { nil }

    /// The item cited, as (kind, ID): the one evidence field that is set, or `nil` when none is.
    public var evidence: (kind: EntityKind, id: String)? {
        citedItems.first
    }

    /// Every evidence field that is set; a valid link has exactly one.
    var citedItems: [(kind: EntityKind, id: String)] {
        let candidates: [(EntityKind, String?)] = [
            (.story, storyID?.description), (.caseStudy, caseStudyID?.description),
            (.testimony, testimonyID?.description), (.clip, clipID?.description),
            (.reflectiveLog, reflectiveLogID?.description), (.countsExample, exampleID?.description),
        ]
        return candidates.compactMap { kind, id in id.map { (kind, $0) } }
    }

    public func crossFieldProblems() -> [FieldProblem] {
        switch citedItems.count {
        case 0:
            [
                FieldProblem(
                    field: "story_id",
                    message: "Choose the evidence: a story, case study, testimony, clip, reflective log or example.")
            ]
        case 1: []
        default:
            [
                FieldProblem(
                    field: "story_id",
                    message: "Choose one item of evidence per link; add another link for the next item.")
            ]
        }
    }
}
