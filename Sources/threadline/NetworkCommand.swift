import ArgumentParser

/// `threadline network …`: partnership network survey waves from the command line: make a wave, import its
/// members and ties from CSV, print its figures and write it back out.
struct NetworkCommand: AsyncParsableCommand {
    /// The command's name, summary and help.
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Partnership network surveys: waves, CSV import and export, and the network's figures.",
        discussion: """
            A wave is one survey of the organisations working together in a place (or across the whole \
            programme) in one half-year. Members and ties come in two CSV files: members.csv \
            (id,name,sector,type) and ties.csv (from,to,frequency,reliability,mission,openness,power,involvement,\
            resources, each rating 1–4 or blank). Waves are found by name; see `threadline network waves`.
            """,
        subcommands: [
            NetworkWavesCommand.self, NetworkCreateCommand.self, NetworkImportCommand.self,
            NetworkMetricsCommand.self, NetworkExportCommand.self,
        ]
    )
}
