import ThreadlineCore

/// The versions of programme theories linked by "revises": which is the latest of each theory, and the chain of
/// versions any one belongs to.
///
/// The chain is walked through every version, shown or not, so a draft in the middle (v3 revises a draft v2,
/// which revises v1) does not split one theory into two; only the versions `isShown` accepts are listed. The store
/// refuses loops, but a chain is still walked with a step limit and a seen set, so a hand-edited database cannot
/// hang a page.
public struct TheoryHistory {
    private let byID: [ProgrammeTheory.ID: ProgrammeTheory]
    private let revisions: [ProgrammeTheory.ID: [ProgrammeTheory]]
    private let shown: Set<ProgrammeTheory.ID>
    private static let maximumSteps = 500

    /// A history over `theories` (every version), listing those `isShown` accepts.
    public init(_ theories: [ProgrammeTheory], isShown: (ProgrammeTheory) -> Bool) {
        byID = Dictionary(theories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var revisions: [ProgrammeTheory.ID: [ProgrammeTheory]] = [:]
        for theory in theories {
            if let earlier = theory.revisesID { revisions[earlier, default: []].append(theory) }
        }
        self.revisions = revisions.mapValues { $0.sorted(by: Self.order) }
        shown = Set(theories.filter(isShown).map(\.id))
    }

    private static func order(_ lhs: ProgrammeTheory, _ rhs: ProgrammeTheory) -> Bool {
        (lhs.cycle, lhs.createdAt, lhs.id) < (rhs.cycle, rhs.createdAt, rhs.id)
    }

    /// Shown versions that no later shown version revises, directly or through hidden ones: the current statement
    /// of each theory, in title order.
    public var latestVersions: [ProgrammeTheory] {
        byID.values.filter { shown.contains($0.id) && laterVersions(of: $0).isEmpty }
            .sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
    }

    /// The shown versions before `theory`, oldest first.
    public func earlierVersions(of theory: ProgrammeTheory) -> [ProgrammeTheory] {
        var result: [ProgrammeTheory] = []
        var seen: Set<ProgrammeTheory.ID> = [theory.id]
        var next = theory.revisesID
        var steps = 0
        while let id = next, let earlier = byID[id], seen.insert(id).inserted, steps < Self.maximumSteps {
            if shown.contains(id) { result.append(earlier) }
            next = earlier.revisesID
            steps += 1
        }
        return result.reversed()
    }

    /// The shown versions after `theory`, in the order they follow; where a version was revised twice (two cycles
    /// branching), every branch follows, in cycle order.
    public func laterVersions(of theory: ProgrammeTheory) -> [ProgrammeTheory] {
        var result: [ProgrammeTheory] = []
        var seen: Set<ProgrammeTheory.ID> = [theory.id]
        var queue = revisions[theory.id] ?? []
        var steps = 0
        while !queue.isEmpty, steps < Self.maximumSteps {
            let later = queue.removeFirst()
            steps += 1
            guard seen.insert(later.id).inserted else { continue }
            if shown.contains(later.id) { result.append(later) }
            queue += revisions[later.id] ?? []
        }
        return result
    }

    /// Every shown version from the first to the latest that `theory` leads to, `theory` included.
    public func chain(through theory: ProgrammeTheory) -> [ProgrammeTheory] {
        earlierVersions(of: theory) + [theory] + laterVersions(of: theory)
    }
}
