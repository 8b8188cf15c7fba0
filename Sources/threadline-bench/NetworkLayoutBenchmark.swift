import ArgumentParser
import ThreadlineCharts

/// `threadline-bench network-layout`: `NetworkLayout` on a seeded random network (500 organisations and 5,000
/// ties by default), the size of the largest diagram a wave page draws, timed over several runs.
struct NetworkLayoutBenchmark: ParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "network-layout",
        abstract: "Time the network diagram's force-directed layout (NetworkLayout) on a generated network."
    )

    /// How many organisations the generated network has.
    @Option(help: "Organisations in the generated network.")
    var nodes = 500

    /// How many distinct directed ties the generated network has.
    @Option(help: "Distinct directed ties between them (at most nodes × (nodes − 1)).")
    var ties = 5_000

    /// How many timed runs.
    @Option(help: "Timed runs, after one untimed run.")
    var runs = 10

    /// The generator's seed; the same seed gives the same network.
    @Option(help: "The seed of the generated network.")
    var seed: UInt64 = 20_261_127

    /// Refuses options that cannot work before any file or database is opened.
    func validate() throws {
        guard nodes > 1, ties >= 0, runs > 0 else {
            throw ArgumentParser.ValidationError("--nodes must be at least 2, --ties at least 0 and --runs positive.")
        }
    }

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() throws {
        #if DEBUG
            print("warning: a debug build; build with -c release for figures worth recording")
        #endif
        let (diagramNodes, diagramTies) = network()
        print("network layout: \(diagramNodes.count) nodes, \(diagramTies.count) ties, 720 × 480")
        let (timings, _) = BenchmarkTimings.measure(runs: runs, warmUp: 1) {
            // The count of points is returned so the optimiser cannot drop the layout as unused.
            NetworkLayout.positions(nodes: diagramNodes, ties: diagramTies, width: 720, height: 480).count
        }
        print("  NetworkLayout.positions: " + timings.line(aim: .seconds(1)))
    }

    /// The generated network: ties drawn uniformly from the seeded generator, a fifth without a trust score, and
    /// each node's degree counted as the diagram sizes it. The same seed gives the same network in every process.
    private func network() -> ([NetworkDiagramNode], [NetworkDiagramTie]) {
        var random = SeededGenerator(seed: seed)
        let sectors = ["Health", "Sport and leisure", "Education", "Housing", "Faith", "Arts", "Council", "Business"]
        let wanted = min(ties, nodes * (nodes - 1))
        var chosen = Set<Int>()
        var diagramTies: [NetworkDiagramTie] = []
        var degrees = [Int](repeating: 0, count: nodes)
        while diagramTies.count < wanted {
            let from = Int.random(in: 0..<nodes, using: &random)
            let to = Int.random(in: 0..<nodes, using: &random)
            guard from != to, chosen.insert(from * nodes + to).inserted else { continue }
            degrees[from] += 1
            degrees[to] += 1
            let trust = Int.random(in: 0..<5, using: &random) == 0 ? nil : Double.random(in: 1...4, using: &random)
            diagramTies.append(NetworkDiagramTie(from: "org\(from)", to: "org\(to)", trust: trust))
        }
        let diagramNodes = (0..<nodes).map { index in
            NetworkDiagramNode(
                key: "org\(index)", name: "Organisation \(index)", sector: sectors[index % sectors.count],
                degree: degrees[index])
        }
        return (diagramNodes, diagramTies)
    }
}
