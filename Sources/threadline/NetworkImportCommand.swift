import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// `threadline network import --wave NAME members.csv ties.csv`: replaces a wave's members and ties by the
/// organisations and answers in two CSV files, checking both files whole before anything is stored.
struct NetworkImportCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Replace a wave's members and ties by those in a members file and a ties file.",
        discussion: """
            members.csv has the columns id,name,sector,type; ties.csv has from,to,frequency,reliability,mission,\
            openness,power,involvement,resources, each rating a whole number from 1 to 4 or blank. Every problem \
            in either file is listed with its file and line, and then nothing is stored. A member that is `from` \
            in a tie counts as having answered. A wave some members answered through the survey form is never \
            replaced. With --period (and --place) a wave that does not exist yet is made first; for a wave that \
            exists they are not used.
            """
    )

    /// The database to use: `--db`, else THREADLINE_DB, else the default.
    @OptionGroup var database: DatabaseOptions

    /// The wave's name, as `threadline network waves` lists it.
    @Option(help: ArgumentHelp("The wave's name.", valueName: "name"))
    var wave: String

    /// The path of the members file, as typed (problems are reported under it).
    @Argument(help: ArgumentHelp("The members file (id,name,sector,type).", valueName: "members.csv"))
    var membersFile: String

    /// The path of the ties file, as typed (problems are reported under it).
    @Argument(help: ArgumentHelp("The ties file (from,to and the seven 1–4 ratings).", valueName: "ties.csv"))
    var tiesFile: String

    /// The half-year of a wave this import makes, as "2024 H1"; unused when the wave exists.
    @Option(help: ArgumentHelp("Make the wave, for this half-year, if it does not exist.", valueName: "period"))
    var period: String?

    /// The place of a wave this import makes, by URL name or name; unused when the wave exists.
    @Option(help: ArgumentHelp("The place of a wave made by this import, by URL name or name.", valueName: "place"))
    var place: String?

    /// Runs the command; failures are reported as one sentence on standard error.
    func run() async throws {
        // Both files are read and checked before the database is opened: a bad file stores nothing, not even a wave.
        let graph = try Self.readGraph(membersFile: membersFile, tiesFile: tiesFile)
        let store = try await database.openStore(logger: .command())
        let (name, answered) = try await store.closing {
            try await NetworkLookup.reportingStoreErrors {
                let target = try await targetWave(in: store)
                try await store.networks.replaceMembersAndTies(of: target.id, with: graph, now: Date())
                let statuses = try await store.networks.memberStatuses(of: target.id)
                return (target.name, statuses.filter(\.hasResponded).count)
            }
        }
        print(
            "Imported \(Self.counted(graph.members.count, "member")) and \(Self.counted(graph.ties.count, "tie")) "
                + "into “\(name)” (\(answered) answered).")
    }

    /// The wave named by --wave, made first when it does not exist and --period is given.
    private func targetWave(in store: ThreadlineStore) async throws -> NetworkWave {
        if let existing = try await store.networks.wave(named: wave) { return existing }
        guard let period else {
            throw CommandFailure(
                "There is no wave “\(wave)”; give --period (and --place) to create it, or see "
                    + "`threadline network waves`.")
        }
        let made = try await NetworkCreateCommand.createWave(
            named: wave, period: period, place: place, closes: nil, in: store)
        let scope = made.place ?? "the whole programme"
        FileHandle.standardError.write(
            Data("Made the wave “\(made.wave.name)” (\(scope), \(made.wave.period)).\n".utf8))
        return made.wave
    }

    /// The graph in the two files, or a failure after every problem in them has been written to standard error,
    /// each with the file's name as given on the command line and its line.
    static func readGraph(membersFile: String, tiesFile: String) throws -> NetworkGraph {
        let members = try readText(membersFile)
        let ties = try readText(tiesFile)
        switch NetworkCSV.read(members: members, ties: ties) {
        case .graph(let graph):
            return graph
        case .problems(let problems):
            for problem in problems {
                let path = problem.file == .members ? membersFile : tiesFile
                FileHandle.standardError.write(Data("\(path) line \(problem.line): \(problem.message)\n".utf8))
            }
            throw CommandFailure(
                "Nothing was imported: \(counted(problems.count, "problem")) in the files, listed above.")
        }
    }

    /// The whole file at `path` as UTF-8 text.
    private static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path) cannot be read: check the path and that the file exists.")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path) is not UTF-8 text; save it from the spreadsheet as CSV UTF-8.")
        }
        return text
    }

    /// "1 member", "3 ties".
    private static func counted(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
