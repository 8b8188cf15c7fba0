public import Foundation

/// One code applied by one coder to one passage of a source.
///
/// Positions are Unicode scalar offsets into the source's `CodableText`, counted from 0 with the end excluded,
/// as REFI-QDA counts them; a transcript coding also records the stretch of the recording it covers, in
/// milliseconds. The passage's text at the time of coding is kept as `excerpt`, so that a later edit of the
/// source that moves the passage can be noticed rather than silently pointing at other words. A testimony's
/// recording can also be coded by time alone, where no transcript is (see `isTimeOnly`).
public struct Coding: Hashable, Sendable, Codable, Identifiable {
    /// Its identifier's type; also its GUID in REFI-QDA exchange.
    public typealias ID = EntityID<Coding>

    /// Its identifier.
    public var id: ID
    /// The code applied.
    public var codeID: Code.ID
    /// The coded item.
    public var source: CodingSource
    /// Who applied it.
    public var coderID: Coder.ID
    /// The first scalar of the passage.
    public var start: Int
    /// The scalar after the passage's last.
    public var end: Int
    /// For a transcript: where the covered cues start, in milliseconds; for a timed coding, where its stretch starts.
    public var startMs: Int?
    /// For a transcript: where the covered cues end, in milliseconds; for a timed coding, where its stretch ends.
    public var endMs: Int?
    /// The passage's text when it was coded.
    public var excerpt: String
    /// The coder's memo on this passage.
    public var memo: String
    /// When it was applied.
    public var createdAt: Date

    /// Creates a coding.
    public init(
        id: ID, codeID: Code.ID, source: CodingSource, coderID: Coder.ID, start: Int, end: Int, startMs: Int? = nil,
        endMs: Int? = nil, excerpt: String = "", memo: String = "", createdAt: Date
    ) {
        self.id = id
        self.codeID = codeID
        self.source = source
        self.coderID = coderID
        self.start = start
        self.end = end
        self.startMs = startMs
        self.endMs = endMs
        self.excerpt = excerpt
        self.memo = memo
        self.createdAt = createdAt
    }

    /// Whether this passage and `other`'s share at least one scalar of the same source.
    public func overlaps(_ other: Coding) -> Bool {
        source == other.source && start < other.end && other.start < end
    }
}
