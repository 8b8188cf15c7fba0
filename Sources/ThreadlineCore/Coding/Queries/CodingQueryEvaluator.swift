/// Finds the passages a ``CodingQueryExpression`` describes, source by source, as set algebra on scalar ranges.
///
/// In each source a code stands for the union of its codings' ranges (with its descendants' when
/// `includesChildren` is set); AND is the intersection, OR the union, NOT the rest of the source's text, and
/// NEAR keeps each whole passage of either side that lies near some passage of the other (within the number of
/// characters, or touching a common cue or paragraph). Overlapping and touching ranges are merged into one
/// passage. An AND or OR built without parts finds nothing. The work is sorting and linear sweeps: codings are grouped by source once, so a query over 100,000
/// codings takes a few tens of milliseconds.
///
/// Timed codings (a stretch of a recording with no words, `Coding.isTimeOnly`) hold no scalars, so AND, NOT and
/// NEAR never find them. A code the query takes whole, alone or as a part of an OR at its top, also finds its
/// timed codings: each stretch is a passage of its own (`start == end`, with `startMs` and `endMs`), and
/// stretches of one source that overlap or touch in time are merged, as touching words are.
public struct CodingQueryEvaluator: Sendable {
    /// What the queries look at.
    public var scope: CodingQueryScope
    /// Each code's parent (child → parent), as `Code.parentID` gives it; used when `includesChildren` is set.
    public var parentIDs: [Code.ID: Code.ID]
    /// Whether a code's passages include those coded with the codes beneath it.
    public var includesChildren: Bool

    /// Creates an evaluator.
    public init(scope: CodingQueryScope, parentIDs: [Code.ID: Code.ID] = [:], includesChildren: Bool = false) {
        self.scope = scope
        self.parentIDs = parentIDs
        self.includesChildren = includesChildren
    }

    /// Creates an evaluator whose code tree is that of `codes`.
    public init(scope: CodingQueryScope, codes: [Code], includesChildren: Bool) {
        var parents: [Code.ID: Code.ID] = [:]
        for code in codes { parents[code.id] = code.parentID }
        self.init(scope: scope, parentIDs: parents, includesChildren: includesChildren)
    }

    /// The passages `expression` finds, by source (in `CodingSource` order) then start.
    public func passages(matching expression: CodingQueryExpression) -> [QueryPassage] {
        var leaves: [Code.ID: Int] = [:]
        let compiled = Compiled(expression, leaves: &leaves)
        let countsFor = targets(of: leaves)
        let timedLeaves = compiled.unionLeaves

        // Each source's codings of the query's codes, grouped once.
        var groups: [CodingSource: SourceGroup] = [:]
        for (source, text) in scope.texts { groups[source] = SourceGroup(length: text.length, hasText: true) }
        for coding in scope.codings {
            let source = coding.source
            if groups[source] == nil { groups[source] = SourceGroup(length: 0, hasText: false) }
            if !groups[source]!.hasText { groups[source]!.length = max(groups[source]!.length, coding.end) }
            if let coders = scope.coders, !coders.contains(coding.coderID) { continue }
            guard let leafIndices = countsFor[coding.codeID] else { continue }
            groups[source]!.codings.append(coding)
            groups[source]!.leafIndices.append(leafIndices)
        }

        let ordered = groups.map { (key: $0.key.key, source: $0.key, group: $0.value) }.sorted { $0.key < $1.key }
        var passages: [QueryPassage] = []
        for entry in ordered {
            let text = scope.texts[entry.source]
            let found = entry.group.evaluate(compiled, leafCount: leaves.count, text: text)
            let stretches = entry.group.stretches(counting: timedLeaves, source: entry.source)
            guard !found.isEmpty || !stretches.isEmpty else { continue }
            let words = found.isEmpty ? [] : entry.group.passages(found, source: entry.source)
            passages +=
                stretches.isEmpty
                ? words
                : (words + stretches).sorted {
                    ($0.start, $0.end, $0.startMs ?? -1) < ($1.start, $1.end, $1.startMs ?? -1)
                }
        }
        return passages
    }

    /// For each code whose codings count, the query's leaves (codes) they count for.
    private func targets(of leaves: [Code.ID: Int]) -> [Code.ID: [Int]] {
        var targets: [Code.ID: [Int]] = [:]
        for (id, index) in leaves { targets[id] = [index] }
        guard includesChildren else { return targets }
        // Every code below a leaf counts for it: walk up from each code in the tree to the leaves above it.
        for start in parentIDs.keys {
            var seen: Set<Code.ID> = [start]
            var current = parentIDs[start]
            var above: [Int] = []
            while let id = current, seen.insert(id).inserted {
                if let index = leaves[id] { above.append(index) }
                current = parentIDs[id]
            }
            guard !above.isEmpty else { continue }
            targets[start, default: []].append(contentsOf: above)
        }
        return targets
    }
}

/// An expression with its codes replaced by their indices among the query's leaves.
private indirect enum Compiled {
    case leaf(Int)
    case all([Compiled])
    case any([Compiled])
    case not(Compiled)
    case near(Compiled, Compiled, CodingQueryExpression.NearScope)

    init(_ expression: CodingQueryExpression, leaves: inout [Code.ID: Int]) {
        switch expression {
        case .code(let id):
            if let index = leaves[id] {
                self = .leaf(index)
            } else {
                leaves[id] = leaves.count
                self = .leaf(leaves.count - 1)
            }
        case .all(let parts): self = .all(parts.map { Compiled($0, leaves: &leaves) })
        case .any(let parts): self = .any(parts.map { Compiled($0, leaves: &leaves) })
        case .not(let part): self = .not(Compiled(part, leaves: &leaves))
        case .near(let first, let second, let scope):
            let a = Compiled(first, leaves: &leaves)
            self = .near(a, Compiled(second, leaves: &leaves), scope)
        }
    }
}

extension Compiled {
    /// The leaves taken whole: the expression itself when it is a leaf, and the leaves of an OR at its top.
    var unionLeaves: Set<Int> {
        switch self {
        case .leaf(let index): [index]
        case .any(let parts): parts.reduce(into: Set<Int>()) { $0.formUnion($1.unionLeaves) }
        case .all, .not, .near: []
        }
    }
}

/// One source's codings of the query's codes, and the query worked out over them.
private struct SourceGroup {
    var length: Int
    var hasText: Bool
    var codings: [Coding] = []
    var leafIndices: [[Int]] = []

    /// The scalar ranges `expression` covers in this source, as a normal list.
    func evaluate(
        _ expression: Compiled, leafCount: Int, text: CodingQueryScope.SourceText?
    ) -> [Range<Int>] {
        var byLeaf = [[Range<Int>]](repeating: [], count: leafCount)
        for (coding, indices) in zip(codings, leafIndices) {
            let start = max(coding.start, 0)
            let end = min(coding.end, length)
            guard start < end else { continue }
            for index in indices { byLeaf[index].append(start..<end) }
        }
        let leaves = byLeaf.map(RangeAlgebra.normalised)
        return Self.evaluate(expression, leaves: leaves, length: length, text: text)
    }

    private static func evaluate(
        _ expression: Compiled, leaves: [[Range<Int>]], length: Int, text: CodingQueryScope.SourceText?
    ) -> [Range<Int>] {
        func value(_ part: Compiled) -> [Range<Int>] { evaluate(part, leaves: leaves, length: length, text: text) }
        switch expression {
        case .leaf(let index):
            return leaves[index]
        case .all(let parts):
            guard let first = parts.first else { return [] }
            var result = value(first)
            for part in parts.dropFirst() where !result.isEmpty {
                result = RangeAlgebra.intersection(result, value(part))
            }
            return result
        case .any(let parts):
            return parts.reduce([]) { RangeAlgebra.union($0, value($1)) }
        case .not(let part):
            return RangeAlgebra.complement(value(part), length: length)
        case .near(let first, let second, let scope):
            let a = value(first)
            let b = value(second)
            guard !a.isEmpty, !b.isEmpty else { return [] }
            switch scope {
            case .characters(let count):
                // Near when at most `count` scalars lie between: the other side grown by count + 1 overlaps.
                let nearA = RangeAlgebra.overlapping(a, RangeAlgebra.widened(b, by: count + 1))
                let nearB = RangeAlgebra.overlapping(b, RangeAlgebra.widened(a, by: count + 1))
                return RangeAlgebra.union(nearA, nearB)
            case .sameCue, .sameParagraph:
                let segments = (scope == .sameCue ? text?.cueRanges : text?.paragraphRanges) ?? []
                let shared = RangeAlgebra.sharedSegments(segments, a, b)
                return RangeAlgebra.union(RangeAlgebra.overlapping(a, shared), RangeAlgebra.overlapping(b, shared))
            }
        }
    }

    /// The stretches of recording coded by timed codings of the leaves in `leaves`, overlapping or touching ones
    /// merged, in time order.
    func stretches(counting leaves: Set<Int>, source: CodingSource) -> [QueryPassage] {
        guard !leaves.isEmpty else { return [] }
        let timed = zip(codings, leafIndices).filter { coding, indices in
            coding.isTimeOnly && indices.contains(where: leaves.contains)
        }
        .map(\.0).sorted { ($0.startMs ?? 0, $0.endMs ?? 0, $0.id) < ($1.startMs ?? 0, $1.endMs ?? 0, $1.id) }
        var stretches: [QueryPassage] = []
        for coding in timed {
            guard let startMs = coding.startMs, let endMs = coding.endMs else { continue }
            if var last = stretches.last, let lastEnd = last.endMs, startMs <= lastEnd {
                last.endMs = max(lastEnd, endMs)
                last.codingIDs.append(coding.id)
                stretches[stretches.count - 1] = last
            } else {
                stretches.append(
                    QueryPassage(
                        source: source, start: coding.start, end: coding.start, codingIDs: [coding.id],
                        startMs: startMs, endMs: endMs))
            }
        }
        return stretches
    }

    /// The passages for `ranges`, each with the codings that overlap it.
    func passages(_ ranges: [Range<Int>], source: CodingSource) -> [QueryPassage] {
        var passages = ranges.map { QueryPassage(source: source, start: $0.lowerBound, end: $0.upperBound) }
        let sorted = codings.sorted { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }
        for coding in sorted where coding.start < coding.end {
            // The first passage that ends after the coding starts, then each one it reaches.
            var low = 0
            var high = passages.count
            while low < high {
                let middle = (low + high) / 2
                if passages[middle].end <= coding.start { low = middle + 1 } else { high = middle }
            }
            var index = low
            while index < passages.count, passages[index].start < coding.end {
                passages[index].codingIDs.append(coding.id)
                index += 1
            }
        }
        return passages
    }
}
