public import Foundation

/// A named stretch of a testimony recording, quoted in reports and played on its own.
///
/// Its quote is never stored: it is the text of the transcript cues the range covers, so correcting the
/// transcript corrects every quote. Whether anyone may see it follows its testimony's consent.
public struct Clip: ContentEntity {
    /// Its identifier's type.
    public typealias ID = EntityID<Clip>

    /// Its identifier, stable for the clip's life; also its public address, `/clips/{id}`.
    public var id: ID
    /// The testimony it is cut from.
    public var testimonyID: Testimony.ID?
    /// Name.
    public var title: String
    /// Where it starts, in milliseconds.
    public var startMs: Int
    /// Where it ends, in milliseconds; after the start and within the recording.
    public var endMs: Int
    /// A note for the team (why it matters, where it is used).
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

    /// Creates a clip.
    public init(
        id: ID, testimonyID: Testimony.ID? = nil, title: String = "", startMs: Int = 0, endMs: Int = 0,
        note: String = "", status: PublicationStatus = .draft, authorID: User.ID? = nil, createdAt: Date,
        updatedAt: Date? = nil, publishedAt: Date? = nil
    ) {
        self.id = id
        self.testimonyID = testimonyID
        self.title = title
        self.startMs = startMs
        self.endMs = endMs
        self.note = note
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case testimonyID = "testimony_id"
        case title
        case startMs = "start_ms"
        case endMs = "end_ms"
        case note
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.clip

    public static let schema = EntitySchema(
        kind: .clip,
        fields: [
            FieldSpec("testimony_id", "Testimony", .reference(.testimony), required: true),
            FieldSpec("title", "Name", .text, required: true, maximumLength: 200),
            FieldSpec(
                "start_ms", "Starts at (milliseconds)", .integer, required: true,
                hint: "From the start of the recording; 12.5 seconds is 12500."),
            FieldSpec("end_ms", "Ends at (milliseconds)", .integer, required: true),
            FieldSpec("note", "Note for the team", .multilineText, maximumLength: 2000),
        ]
    )

    public var displayTitle: String { title }

    /// Clips are addressed by ID.
    public var publicSlug: String? { nil }

    /// The range must run forwards; whether it lies inside the recording is checked where the testimony is known.
    public func crossFieldProblems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if startMs < 0 {
            problems.append(FieldProblem(field: "start_ms", message: "The start cannot be before the recording."))
        }
        if endMs <= startMs {
            problems.append(FieldProblem(field: "end_ms", message: "The end must come after the start."))
        }
        return problems
    }

    /// Problems with the range against its testimony's length, when that is known.
    public func rangeProblems(durationMs: Int?) -> [FieldProblem] {
        guard let durationMs, endMs > durationMs else { return [] }
        return [
            FieldProblem(
                field: "end_ms",
                message:
                    "The clip ends at \(TimeSpanText.clock(endMs)) but the recording lasts "
                    + "\(TimeSpanText.clock(durationMs)) (\(durationMs) ms).")
        ]
    }
}
