/// Which cases a view looks at: chosen cases, and attribute values every chosen case must have ("Role is Coach and
/// Age band is 25–34"). What the cases' memberships cover is the evidence the view counts.
public struct CaseFilter: Sendable, Hashable {
    /// One condition: the attribute has exactly this stored value.
    public struct Condition: Sendable, Hashable {
        /// The attribute.
        public var attributeID: CaseAttribute.ID
        /// The value wanted, as stored.
        public var value: String

        /// Creates a condition.
        public init(attributeID: CaseAttribute.ID, value: String) {
            self.attributeID = attributeID
            self.value = value
        }
    }

    /// The cases chosen by name; empty means any case.
    public var caseIDs: Set<ResearchCase.ID>
    /// The conditions, all of which a case must meet.
    public var conditions: [Condition]

    /// Creates a filter; with no cases and no conditions it filters nothing.
    public init(caseIDs: Set<ResearchCase.ID> = [], conditions: [Condition] = []) {
        self.caseIDs = caseIDs
        self.conditions = conditions
    }

    /// Whether it leaves everything in (no case chosen and no condition).
    public var isEmpty: Bool { caseIDs.isEmpty && conditions.isEmpty }

    /// The cases among `cases` that pass.
    public func matches(_ cases: [ResearchCase]) -> [ResearchCase] {
        cases.filter { item in
            (caseIDs.isEmpty || caseIDs.contains(item.id))
                && conditions.allSatisfy { item.values[$0.attributeID] == $0.value }
        }
    }

    /// The evidence it selects, or `nil` when it filters nothing (every source counts, in a case or not).
    public func selection(cases: [ResearchCase], memberships: [CaseMembership]) -> SourceSelection? {
        guard !isEmpty else { return nil }
        return CaseMembership.selection(of: Set(matches(cases).map(\.id)), in: memberships)
    }
}
