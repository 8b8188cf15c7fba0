public import Foundation

/// That a source, or one stretch of it, belongs to a case: an interview belongs to the person interviewed; the
/// part of a group discussion where one partner speaks belongs to that partner's organisation.
public struct CaseMembership: Hashable, Sendable, Identifiable {
    /// Its identifier's type.
    public typealias ID = EntityID<CaseMembership>

    /// Its identifier.
    public var id: ID
    /// The case.
    public var caseID: ResearchCase.ID
    /// The source.
    public var source: CodingSource
    /// The stretch of the source's text, in Unicode scalars as codings count; `nil` for the whole source.
    public var range: Range<Int>?
    /// When it was recorded.
    public var createdAt: Date

    /// Creates a membership.
    public init(
        id: ID, caseID: ResearchCase.ID, source: CodingSource, range: Range<Int>? = nil, createdAt: Date
    ) {
        self.id = id
        self.caseID = caseID
        self.source = source
        self.range = range
        self.createdAt = createdAt
    }

    /// The evidence that `memberships` of the given cases select.
    public static func selection(
        of cases: Set<ResearchCase.ID>, in memberships: [CaseMembership]
    ) -> SourceSelection {
        var selection = SourceSelection()
        for membership in memberships where cases.contains(membership.caseID) {
            selection.add(membership.source, range: membership.range)
        }
        return selection
    }
}
