import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// `threadline network waves`: every wave with its place, period, members and how many answered.
struct NetworkWavesCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "waves",
        abstract: "List the network survey waves: name, place, period, members and how many answered.",
        discussion: "Latest period first. A wave's name is what the other `threadline network` commands take."
    )

    /// The database to use: `--db`, else THREADLINE_DB, else the default.
    @OptionGroup var database: DatabaseOptions

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() async throws {
        let store = try await database.openStore(logger: .command())
        let rows = try await store.closing {
            try await NetworkLookup.reportingStoreErrors {
                var rows: [[String]] = []
                for wave in try await store.networks.waves() {
                    let statuses = try await store.networks.memberStatuses(of: wave.id)
                    let place = try await NetworkLookup.placeName(wave.placeID, in: store)
                    rows.append([
                        wave.name, place ?? NetworkMetricsReport.wholeProgramme, wave.period.description,
                        String(statuses.count), String(statuses.filter(\.hasResponded).count),
                    ])
                }
                return rows
            }
        }
        guard !rows.isEmpty else {
            print("There are no network survey waves yet; make one with `threadline network create`.")
            return
        }
        let header = ["Wave", "Place", "Period", "Members", "Answered"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            // Words left-aligned, the two counts right-aligned so their digits line up.
            let cells = row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return column < 3 ? row[column] + padding : padding + row[column]
            }
            print(cells.joined(separator: "  "))
        }
    }
}
