public import Foundation

/// A piece of evidence that can be coded: the text of a story, case study or reflective log, or a testimony's
/// transcript.
///
/// It names the item by kind and ID rather than by a typed ID because codings reach across kinds, and the
/// kind decides what "the text" is (see `CodableText`).
public struct CodingSource: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The kinds whose items can be coded.
    public static let codableKinds: [EntityKind] = [.story, .caseStudy, .reflectiveLog, .document, .testimony]

    /// The item's kind: one of `codableKinds`.
    public var kind: EntityKind
    /// The item's identifier.
    public var id: UUID

    /// Creates a reference; `nil` when items of `kind` cannot be coded.
    public init?(kind: EntityKind, id: UUID) {
        guard Self.codableKinds.contains(kind) else { return nil }
        self.kind = kind
        self.id = id
    }

    /// The source for a story.
    public init(story: Story.ID) {
        kind = .story
        id = story.rawValue
    }

    /// The source for a case study.
    public init(caseStudy: CaseStudy.ID) {
        kind = .caseStudy
        id = caseStudy.rawValue
    }

    /// The source for a reflective log (its What?, So what? and Now what? as one text).
    public init(reflectiveLog: ReflectiveLog.ID) {
        kind = .reflectiveLog
        id = reflectiveLog.rawValue
    }

    /// The source for a document.
    public init(document: Document.ID) {
        kind = .document
        id = document.rawValue
    }

    /// The source for a testimony's transcript.
    public init(testimony: Testimony.ID) {
        kind = .testimony
        id = testimony.rawValue
    }

    /// Parses `kind/id` as written in URLs and forms (`story/…`, `case_study/…`, `testimony/…`).
    public init?(key: String) {
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]), let id = UUID(uuidString: parts[1])
        else { return nil }
        self.init(kind: kind, id: id)
    }

    /// `kind/id`, the form `init(key:)` reads.
    public var key: String { "\(kind.rawValue)/\(idText)" }

    /// The lower-case UUID text.
    public var idText: String { id.uuidString.lowercased() }

    /// Whether positions in it are also times: a transcript's codings cover a stretch of the recording.
    public var isTimed: Bool { kind == .testimony }

    public var description: String { key }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.key < rhs.key }
}
