import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats

/// `threadline-bench network --members FILE --ties FILE`: `NetworkMetrics` on a network read from the two CSV
/// files of a network import, timed over several runs, with the figures printed in the format of
/// ../shared/bench/network_anchor.py so the two can be checked against each other.
struct NetworkBenchmark: ParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Time the network figures (NetworkMetrics) on a members file and a ties file.",
        discussion: """
            scripts/network-bench-export.py writes the network networkx times in ../shared/bench/network_anchor.py \
            as these two files; scripts/bench-network.sh runs both on the same network.
            """
    )

    /// The path of the members file.
    @Option(help: ArgumentHelp("The members file (id,name,sector,type).", valueName: "file"))
    var members: String

    /// The path of the ties file.
    @Option(help: ArgumentHelp("The ties file (from,to and the seven ratings).", valueName: "file"))
    var ties: String

    /// How many timed runs.
    @Option(help: "Timed runs, after one untimed run.")
    var runs = 5

    /// Refuses options that cannot work before any file or database is opened.
    func validate() throws {
        guard runs > 0 else { throw ArgumentParser.ValidationError("--runs must be a positive whole number.") }
    }

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() throws {
        #if DEBUG
            print("warning: a debug build; build with -c release for figures worth recording")
        #endif
        let graph = try readGraph()
        print("network metrics: \(graph.members.count) members, \(graph.ties.count) ties")
        var last: NetworkMetrics?
        let (timings, _) = try BenchmarkTimings.measure(runs: runs, warmUp: 1) { () throws -> Int in
            let metrics = try NetworkMetrics(graph)
            last = metrics
            return metrics.tieCount
        }
        // networkx's betweenness alone takes tens of seconds on the anchor's 2,000 × 40,000 network; the aim is a
        // tenth of a conservative 20 s for all of it.
        print("  NetworkMetrics: " + timings.line(aim: .seconds(2)))
        if let last { print("  " + Self.figuresLine(last)) }
    }

    /// The graph in the two files, read by the import's own reader so the benchmark times what a hub measures.
    private func readGraph() throws -> NetworkGraph {
        func text(_ path: String) throws -> String {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ArgumentParser.ValidationError("\(path) cannot be read.")
            }
            return String(decoding: data, as: UTF8.self)
        }
        switch NetworkCSV.read(members: try text(members), ties: try text(ties)) {
        case .graph(let graph):
            return graph
        case .problems(let problems):
            let listed = problems.prefix(10).map {
                "\($0.file == .members ? members : ties) line \($0.line): \($0.message)"
            }
            throw ArgumentParser.ValidationError(
                "The files have \(problems.count) problems:\n" + listed.joined(separator: "\n"))
        }
    }

    /// The figures as the anchor prints them, with the same decimals: "density=0.01001 in_centr=0.2973 …".
    static func figuresLine(_ metrics: NetworkMetrics) -> String {
        func fixed(_ value: Double?, _ places: Int) -> String {
            guard let value else { return "none" }
            return String(format: "%.\(places)f", value)
        }
        // The first member with the largest score, as Python's max() over the anchor's nodes in order.
        var top: MemberMetrics?
        for member in metrics.members where member.betweenness > (top?.betweenness ?? -1) { top = member }
        return "density=\(fixed(metrics.density, 5)) in_centr=\(fixed(metrics.inCentralization, 4)) "
            + "out_centr=\(fixed(metrics.outCentralization, 4)) "
            + "undir_centr=\(fixed(metrics.undirectedCentralization, 4)) "
            + "max_betweenness=\(fixed(top?.betweenness, 4)) (\(top?.key ?? "none")) "
            + "mean_trust=\(fixed(metrics.meanTrust, 3)) mean_value=\(fixed(metrics.meanValue, 3)) "
            + "reciprocity=\(fixed(metrics.reciprocity, 4)) mean_reach=\(fixed(metrics.meanReach, 4))"
    }
}
