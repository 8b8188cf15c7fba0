public import Foundation

/// A note on a passage that codes nothing: what an evaluator wants to remember about some words ("ask about this
/// at the next visit") without deciding yet what they evidence. Positions count as a coding's do.
public struct Annotation: Hashable, Sendable, Identifiable {
    /// Its identifier's type.
    public typealias ID = EntityID<Annotation>

    /// Its identifier.
    public var id: ID
    /// The annotated item.
    public var source: CodingSource
    /// Who wrote it.
    public var coderID: Coder.ID
    /// The first scalar of the passage.
    public var start: Int
    /// The scalar after the passage's last.
    public var end: Int
    /// The passage's words when the note was written.
    public var excerpt: String
    /// The note.
    public var note: String
    /// When it was written.
    public var createdAt: Date

    /// Creates an annotation.
    public init(
        id: ID, source: CodingSource, coderID: Coder.ID, start: Int, end: Int, excerpt: String = "", note: String,
        createdAt: Date
    ) {
        self.id = id
        self.source = source
        self.coderID = coderID
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.note = note
        self.createdAt = createdAt
    }

    /// The problems that stop it being saved, by field.
    public func problems() -> [FieldProblem] {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [FieldProblem(field: "note", message: "Write the note.")] }
        if trimmed.count > 5_000 {
            return [FieldProblem(field: "note", message: "A note can be at most 5,000 characters.")]
        }
        return []
    }
}
