import Foundation
import Testing
import ThreadlineCore

@testable import ThreadlineFormats

@Suite("Network metrics report")
struct NetworkMetricsReportTests {
    /// Three members: "b" answered about "a" with trust 3 and no value; "c" answered nothing.
    static let graph = NetworkGraph(
        members: [
            NetworkMember(key: "b", name: "Zeta Trust", sector: "Voluntary", type: "Charity"),
            NetworkMember(key: "a", name: "Alpha Council", sector: "Public", type: "Council"),
            NetworkMember(key: "c", name: "", sector: "Health", type: "Clinic"),
        ],
        ties: [NetworkTie(from: "b", to: "a", reliability: 3, mission: 3, openness: 3)],
        respondents: ["b"])

    /// The report of ``graph``, compared with `earlier` when one is given.
    static func report(comparedWith earlier: NetworkGraph? = nil) throws -> NetworkMetricsReport {
        let metrics = try NetworkMetrics(graph)
        let comparison = try earlier.map { earlierGraph in
            (
                earlierWaveName: "Before",
                change: NetworkChange(
                    from: try NetworkMetrics(earlierGraph), to: metrics, earlierGraph: earlierGraph,
                    laterGraph: graph)
            )
        }
        return NetworkMetricsReport(
            waveName: "Now", placeName: "Salford", period: SixMonthPeriod(year: 2024, half: 2)!, graph: graph,
            metrics: metrics, comparison: comparison)
    }

    @Test("the JSON has every documented key, figures without a value as null, and no change unless comparing")
    func jsonDocument() throws {
        let json = try Self.report().json
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["wave", "network", "members", "change"])
        #expect(document["change"] is NSNull)
        let network = try #require(document["network"] as? [String: Any])
        #expect(network["members"] as? Int == 3)
        #expect(network["answered"] as? Int == 1)
        #expect(network["mean_value"] is NSNull)
        #expect(network["mean_trust"] as? Double == 3)
        let members = try #require(document["members"] as? [[String: Any]])
        #expect(members.map { $0["key"] as? String } == ["b", "a", "c"])
        #expect(members[1]["trust"] as? Double == 3)
        #expect(members[0]["trust"] is NSNull)
        // Every key the help names is written, so a script reading the help finds what it was promised.
        for key in network.keys.sorted() + members[0].keys.sorted() {
            #expect(NetworkMetricsReport.jsonKeysHelp.contains(key), "\(key) is not in the help")
        }
    }

    @Test("the JSON is the same bytes every time, keys in byte order, ending with a newline")
    func jsonIsStable() throws {
        let first = try Self.report().json
        #expect(first == (try Self.report().json))
        #expect(first.hasSuffix("}\n"))
        let topKeys = first.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == ["change", "members", "network", "wave"])
    }

    @Test("the text sorts organisations by name, shows a key for a blank name and a dash for a missing figure")
    func textTable() throws {
        let text = try Self.report().text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Network “Now” (Salford, 2024 H2)")
        let header = try #require(lines.firstIndex { $0.hasPrefix("Organisation") })
        let names = lines[(header + 1)...].prefix(3).map { $0.split(separator: " ").first.map(String.init) }
        // "c" has no name, so it is shown and sorted by its key, ignoring case.
        #expect(names == ["Alpha", "c", "Zeta"])
        #expect(lines.contains { $0.hasPrefix("Value") && $0.hasSuffix("– (no ratings)") })
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test("with a comparison the text ends with the change's sentences and the JSON carries the change")
    func comparison() throws {
        let earlier = NetworkGraph(members: Array(Self.graph.members.prefix(2)), ties: [], respondents: [])
        let report = try Self.report(comparedWith: earlier)
        #expect(report.text.contains("Change since “Before”\n  The network went from 2 to 3 members."))
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        let change = try #require(document["change"] as? [String: Any])
        #expect(change["members_joined"] as? [String] == ["c"])
        #expect(change["tie_count_change"] as? Int == 1)
        #expect(change["reciprocity_change"] is NSNull)
    }

    @Test("decimals round half away from zero, never show a minus zero, and a missing figure is a dash")
    func decimals() {
        #expect(ReportDecimal.fixed(0.125, places: 2) == "0.13")
        #expect(ReportDecimal.fixed(-0.00001, places: 4) == "0.0000")
        #expect(ReportDecimal.fixed(2, places: 0) == "2")
        #expect(ReportDecimal.fixed(nil, places: 2) == "–")
        #expect(ReportDecimal.percent(0.75) == "75.0%")
    }
}
