import ThreadlineCore

/// The versions of programme theories linked by "revises": which is the latest of each theory, and the chain of
/// versions any one belongs to. The store refuses loops, but a chain is still walked with a step limit and a seen
/// set, so a hand-edited database cannot hang a page.
struct TheoryHistory {
    private let byID: [ProgrammeTheory.ID: ProgrammeTheory]
    private let revisions: [ProgrammeTheory.ID: [ProgrammeTheory]]
    private static let maximumSteps = 500

    init(_ theories: [ProgrammeTheory]) {
        byID = Dictionary(theories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var revisions: [ProgrammeTheory.ID: [ProgrammeTheory]] = [:]
        for theory in theories {
            if let earlier = theory.revisesID { revisions[earlier, default: []].append(theory) }
        }
        self.revisions = revisions.mapValues { $0.sorted(by: Self.order) }
    }

    private static func order(_ lhs: ProgrammeTheory, _ rhs: ProgrammeTheory) -> Bool {
        (lhs.cycle, lhs.createdAt, lhs.id) < (rhs.cycle, rhs.createdAt, rhs.id)
    }

    /// Versions that no known version revises: the current statement of each theory, in title order.
    var latestVersions: [ProgrammeTheory] {
        byID.values.filter { (revisions[$0.id] ?? []).isEmpty }
            .sorted { ($0.title.lowercased(), $0.id) < ($1.title.lowercased(), $1.id) }
    }

    /// The versions before `theory`, oldest first (only those in this history, e.g. only published ones).
    func earlierVersions(of theory: ProgrammeTheory) -> [ProgrammeTheory] {
        var result: [ProgrammeTheory] = []
        var seen: Set<ProgrammeTheory.ID> = [theory.id]
        var next = theory.revisesID
        while let id = next, let earlier = byID[id], seen.insert(id).inserted, result.count < Self.maximumSteps {
            result.append(earlier)
            next = earlier.revisesID
        }
        return result.reversed()
    }

    /// Every version from the first to the latest that `theory` leads to, `theory` included; where a version was
    /// revised twice (two cycles branching), every branch follows, in cycle order.
    func chain(through theory: ProgrammeTheory) -> [ProgrammeTheory] {
        var result = earlierVersions(of: theory) + [theory]
        var seen = Set(result.map(\.id))
        var queue = revisions[theory.id] ?? []
        while !queue.isEmpty, result.count < Self.maximumSteps {
            let later = queue.removeFirst()
            guard seen.insert(later.id).inserted else { continue }
            result.append(later)
            queue += revisions[later.id] ?? []
        }
        return result
    }
}
