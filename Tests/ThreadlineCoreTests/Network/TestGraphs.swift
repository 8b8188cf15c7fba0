import ThreadlineCore

/// Small graphs for the tests, built the way the oracle describes its cases.
enum TestGraphs {
    /// Members "0"…"n−1" and ties `[from, to, trust, value]`, with every trust item set to `trust` and every value
    /// item to `value`, so each tie's trust and value scores are exactly the oracle's ratings.
    static func numbered(_ count: Int, edges: [[Int]], respondents: Set<String> = []) -> NetworkGraph {
        let members = (0..<count).map {
            NetworkMember(key: "\($0)", name: "Org \($0)", sector: "", type: "")
        }
        let ties = edges.map { edge in
            NetworkTie(
                from: "\(edge[0])", to: "\(edge[1])", reliability: edge[2], mission: edge[2],
                openness: edge[2],
                power: edge[3], involvement: edge[3], resources: edge[3]
            )
        }
        return NetworkGraph(members: members, ties: ties, respondents: respondents)
    }

    /// Members with the given keys (named after them) and unrated ties between them.
    static func keyed(_ keys: [String], ties pairs: [(String, String)], respondents: Set<String> = [])
        -> NetworkGraph
    {
        NetworkGraph(
            members: keys.map { NetworkMember(key: $0, name: $0, sector: "", type: "") },
            ties: pairs.map { NetworkTie(from: $0.0, to: $0.1) },
            respondents: respondents
        )
    }
}

/// Whether two numbers agree to within `tolerance`.
func isClose(_ actual: Double?, _ expected: Double?, tolerance: Double = 1e-9) -> Bool {
    switch (actual, expected) {
    case (nil, nil): return true
    case (let actual?, let expected?): return abs(actual - expected) <= tolerance
    default: return false
    }
}
