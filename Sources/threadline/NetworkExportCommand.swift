import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// `threadline network export --wave NAME --members FILE --ties FILE`: a wave's members and ties as the two CSV
/// files `threadline network import` reads, so a wave can be edited in a spreadsheet or moved to another hub.
struct NetworkExportCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a wave's members and ties as the two CSV files `threadline network import` reads.",
        discussion: """
            Importing the two files into a new wave gives the same figures. Answers given through the survey \
            form are written too, as ties.
            """
    )

    /// The database to use: `--db`, else THREADLINE_DB, else the default.
    @OptionGroup var database: DatabaseOptions

    /// The wave's name, as `threadline network waves` lists it.
    @Option(help: ArgumentHelp("The wave's name.", valueName: "name"))
    var wave: String

    /// The path of the members file.
    @Option(help: ArgumentHelp("Where to write the members file.", valueName: "members.csv"))
    var members: String

    /// The path of the ties file.
    @Option(help: ArgumentHelp("Where to write the ties file.", valueName: "ties.csv"))
    var ties: String

    /// Refuses options that cannot work before any file or database is opened.
    func validate() throws {
        guard members != ties else {
            throw ArgumentParser.ValidationError("--members and --ties name the same file; give each its own.")
        }
    }

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() async throws {
        let store = try await database.openStore(logger: .command())
        let (name, graph) = try await store.closing {
            try await NetworkLookup.reportingStoreErrors {
                let found = try await NetworkLookup.wave(named: wave, in: store)
                return (found.name, try await store.networks.graph(of: found.id))
            }
        }
        // Each file is written beside its target and moved into place, so a failed export never leaves half a file.
        try Self.write(NetworkCSV.writeMembers(graph.members), to: members)
        try Self.write(NetworkCSV.writeTies(graph.ties), to: ties)
        print(
            "Exported “\(name)”: \(graph.members.count) members to \(members) and \(graph.ties.count) ties to "
                + "\(ties).")
    }

    /// Writes `text` as UTF-8 to `path` atomically, failing with a sentence that names the file.
    private static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure("\(path) cannot be written: \(error.localizedDescription)")
        }
    }
}
