/// The nodes and ties of one diagram in a canonical form: nodes sorted by key with repeats dropped, ties as index
/// pairs sorted and deduplicated. Everything downstream works from this, so the input's order never shows.
struct DiagramGraph {
    /// A directed tie between two distinct nodes, by index into `nodes`.
    struct Tie: Hashable {
        var from: Int
        var to: Int
        /// `nil` when unrated or when the rating was not a finite number.
        var trust: Double?
    }

    /// An undirected pair of connected nodes, `first < second`.
    struct Edge: Hashable {
        var first: Int
        var second: Int
    }

    let nodes: [NetworkDiagramNode]
    let indexByKey: [String: Int]
    let ties: [Tie]
    /// Each connected pair once, whichever direction the ties run; the layout pulls each pair together once.
    let edges: [Edge]

    init(nodes: [NetworkDiagramNode], ties: [NetworkDiagramTie]) {
        let sortedNodes = nodes.sorted(by: Self.nodeOrder)
        var uniqueNodes: [NetworkDiagramNode] = []
        var indexByKey: [String: Int] = [:]
        for node in sortedNodes where indexByKey[node.key] == nil {
            indexByKey[node.key] = uniqueNodes.count
            uniqueNodes.append(node)
        }
        self.nodes = uniqueNodes
        self.indexByKey = indexByKey

        var indexedTies: [Tie] = []
        indexedTies.reserveCapacity(ties.count)
        for tie in ties {
            guard let from = indexByKey[tie.from], let to = indexByKey[tie.to], from != to else {
                continue
            }
            let trust = tie.trust.flatMap { $0.isFinite ? $0 : nil }
            indexedTies.append(Tie(from: from, to: to, trust: trust))
        }
        indexedTies.sort(by: Self.tieOrder)
        var uniqueTies: [Tie] = []
        uniqueTies.reserveCapacity(indexedTies.count)
        for tie in indexedTies {
            if let last = uniqueTies.last, last.from == tie.from, last.to == tie.to { continue }
            uniqueTies.append(tie)
        }
        self.ties = uniqueTies

        var pairs = uniqueTies.map { Edge(first: min($0.from, $0.to), second: max($0.from, $0.to)) }
        pairs.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        var uniquePairs: [Edge] = []
        uniquePairs.reserveCapacity(pairs.count)
        for pair in pairs where uniquePairs.last != pair {
            uniquePairs.append(pair)
        }
        self.edges = uniquePairs
    }

    /// The seed of the layout's initial positions: FNV-1a of the sorted keys, so it depends on the input alone.
    var seed: UInt64 {
        StableHash.fnv1a(keys: nodes.map(\.key))
    }

    /// A total order on nodes, so repeated keys resolve the same way whatever the input order.
    private static func nodeOrder(_ left: NetworkDiagramNode, _ right: NetworkDiagramNode) -> Bool {
        (left.key, left.name, left.sector, left.degree) < (
            right.key, right.name, right.sector, right.degree
        )
    }

    /// A total order on ties: rated before unrated, lower trust first, so a repeated pair keeps its lowest rating
    /// (the cautious reading) and only counts as unrated when no copy was rated.
    private static func tieOrder(_ left: Tie, _ right: Tie) -> Bool {
        if (left.from, left.to) != (right.from, right.to) {
            return (left.from, left.to) < (right.from, right.to)
        }
        switch (left.trust, right.trust) {
        case (nil, nil): return false
        case (nil, _): return false
        case (_, nil): return true
        case (let leftTrust?, let rightTrust?): return leftTrust < rightTrust
        }
    }
}
