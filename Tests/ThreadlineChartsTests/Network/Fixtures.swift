@testable import ThreadlineCharts

/// Networks shared by the tests.
enum Fixtures {
    /// Ten organisations in three sectors, with mutual, one-way, unrated and filtered ties: the golden file's input.
    static let smallNodes = [
        NetworkDiagramNode(
            key: "scl",
            name: "Salford Community Leisure",
            sector: "Sport and leisure",
            degree: 7
        ),
        NetworkDiagramNode(
            key: "gym",
            name: "Ordsall Boxing Gym",
            sector: "Sport and leisure",
            degree: 2
        ),
        NetworkDiagramNode(key: "pool", name: "Eccles Pool", sector: "Sport and leisure", degree: 1),
        NetworkDiagramNode(key: "gp", name: "Pendleton GP Practice", sector: "Health", degree: 4),
        NetworkDiagramNode(key: "nhs", name: "Salford Royal", sector: "Health", degree: 5),
        NetworkDiagramNode(key: "mind", name: "Salford Mind", sector: "Health", degree: 3),
        NetworkDiagramNode(key: "school", name: "Broughton Primary", sector: "Education", degree: 3),
        NetworkDiagramNode(
            key: "college",
            name: "Salford City College",
            sector: "Education",
            degree: 2
        ),
        NetworkDiagramNode(key: "uni", name: "University of Salford", sector: "Education", degree: 1),
        NetworkDiagramNode(key: "library", name: "Walkden Library", sector: "Education", degree: 0),
    ]

    static let smallTies = [
        NetworkDiagramTie(from: "scl", to: "nhs", trust: 3.5),
        NetworkDiagramTie(from: "nhs", to: "scl", trust: 3),
        NetworkDiagramTie(from: "scl", to: "gym", trust: 4),
        NetworkDiagramTie(from: "scl", to: "pool", trust: 2),
        NetworkDiagramTie(from: "scl", to: "gp", trust: nil),
        NetworkDiagramTie(from: "gp", to: "scl", trust: 2.5),
        NetworkDiagramTie(from: "gp", to: "mind", trust: 3),
        NetworkDiagramTie(from: "nhs", to: "mind", trust: 3.25),
        NetworkDiagramTie(from: "nhs", to: "gp", trust: 1.5),
        NetworkDiagramTie(from: "school", to: "college", trust: 4),
        NetworkDiagramTie(from: "college", to: "school", trust: nil),
        NetworkDiagramTie(from: "school", to: "scl", trust: 3),
        NetworkDiagramTie(from: "gym", to: "uni", trust: 2),
        NetworkDiagramTie(from: "mind", to: "ghost", trust: 4),
    ]

    /// Two cliques of ten joined by one tie, `a9`–`b0`.
    static func twoCliques() -> (nodes: [NetworkDiagramNode], ties: [NetworkDiagramTie]) {
        var nodes: [NetworkDiagramNode] = []
        var ties: [NetworkDiagramTie] = []
        for group in ["a", "b"] {
            for index in 0..<10 {
                nodes.append(
                    NetworkDiagramNode(key: "\(group)\(index)", name: "", sector: group, degree: 9)
                )
                for other in (index + 1)..<10 where index < 9 {
                    ties.append(NetworkDiagramTie(from: "\(group)\(index)", to: "\(group)\(other)", trust: 3))
                }
            }
        }
        ties.append(NetworkDiagramTie(from: "a9", to: "b0", trust: 3))
        return (nodes, ties)
    }

    /// A seeded random graph for bounds checks.
    static func randomNetwork(nodes: Int, ties: Int, seed: UInt64) -> (
        [NetworkDiagramNode], [NetworkDiagramTie]
    ) {
        var generator = SplitMix64(seed: seed)
        let diagramNodes = (0..<nodes).map { index in
            NetworkDiagramNode(
                key: "n\(index)",
                name: "Node \(index)",
                sector: "s\(index % 4)",
                degree: index % 7
            )
        }
        let diagramTies = (0..<ties).map { _ in
            NetworkDiagramTie(
                from: "n\(Int.random(in: 0..<nodes, using: &generator))",
                to: "n\(Int.random(in: 0..<nodes, using: &generator))",
                trust: 3
            )
        }
        return (diagramNodes, diagramTies)
    }

    /// The attribute values `name="…"` in `svg`, in order.
    static func attributeValues(_ name: String, in svg: String) -> [String] {
        var values: [String] = []
        var rest = Substring(svg)
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.firstIndex(of: "\"") else { break }
            values.append(String(afterStart[..<end]))
            rest = afterStart[end...]
        }
        return values
    }

    /// How many times `needle` occurs in `text`.
    static func occurrences(of needle: String, in text: String) -> Int {
        var count = 0
        var rest = Substring(text)
        while let found = rest.range(of: needle) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }
}
