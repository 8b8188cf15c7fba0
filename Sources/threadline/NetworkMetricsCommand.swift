import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// `threadline network metrics --wave NAME [--json] [--compare EARLIER]`: a wave's figures, for a person or a
/// script, and optionally what changed since an earlier wave.
struct NetworkMetricsCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Print a wave's network figures and every organisation's figures.",
        discussion: """
            The network: members, ties, how many answered, density, reciprocity, in-, out- and undirected degree \
            centralization, mean two-step reach, and trust and value (means of the 1–4 ratings and as a percentage \
            of 4). Then each organisation, by name: sector, ties in and out, betweenness, reach, trust and value. \
            With --compare, also what changed since the earlier wave, in sentences.

            --json prints one JSON document instead, keys sorted, for scripts. Its keys: \
            \(NetworkMetricsReport.jsonKeysHelp)
            """
    )

    /// The database to use: `--db`, else THREADLINE_DB, else the default.
    @OptionGroup var database: DatabaseOptions

    /// The wave's name, as `threadline network waves` lists it.
    @Option(help: ArgumentHelp("The wave's name.", valueName: "name"))
    var wave: String

    /// Whether to print the JSON document instead of the report.
    @Flag(help: "Print one JSON document for scripts instead of the report.")
    var json = false

    /// The earlier wave to compare with, if any.
    @Option(help: ArgumentHelp("Also show the change since this earlier wave.", valueName: "earlier wave"))
    var compare: String?

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() async throws {
        let store = try await database.openStore(logger: .command())
        let report = try await store.closing {
            try await NetworkLookup.reportingStoreErrors { try await makeReport(store: store) }
        }
        print(json ? report.json : report.text, terminator: "")
    }

    /// The report of the wave, compared with the earlier wave when one is named.
    private func makeReport(store: ThreadlineStore) async throws -> NetworkMetricsReport {
        let later = try await NetworkLookup.wave(named: wave, in: store)
        let laterGraph = try await store.networks.graph(of: later.id)
        let laterMetrics = try Self.metrics(of: laterGraph, wave: later.name)
        var comparison: (earlierWaveName: String, change: NetworkChange)?
        if let compare {
            let earlier = try await NetworkLookup.wave(named: compare, in: store)
            let earlierGraph = try await store.networks.graph(of: earlier.id)
            let earlierMetrics = try Self.metrics(of: earlierGraph, wave: earlier.name)
            comparison = (
                earlier.name,
                NetworkChange(
                    from: earlierMetrics, to: laterMetrics, earlierGraph: earlierGraph, laterGraph: laterGraph)
            )
        }
        return NetworkMetricsReport(
            waveName: later.name, placeName: try await NetworkLookup.placeName(later.placeID, in: store),
            period: later.period, graph: laterGraph, metrics: laterMetrics, comparison: comparison)
    }

    /// The figures of a stored graph. The store checks every graph it keeps, so a failure here means the database
    /// was changed by hand; the sentence says which wave to re-import.
    private static func metrics(of graph: NetworkGraph, wave: String) throws -> NetworkMetrics {
        do {
            return try NetworkMetrics(graph)
        } catch {
            throw CommandFailure(
                "The wave “\(wave)” cannot be measured: \(error) Import its files again to repair it.")
        }
    }
}
