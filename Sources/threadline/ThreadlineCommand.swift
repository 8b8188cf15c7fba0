import ArgumentParser
import ThreadlineStore

/// `threadline`: run and manage a Threadline hub.
@main
struct ThreadlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threadline",
        abstract: "Threadline: an evidence and learning hub for whole-system, place-based change.",
        discussion: """
            Every command that touches data takes --db URL; without it Threadline reads THREADLINE_DB (then DB_URL), \
            then uses sqlite://./threadline.sqlite. Try `threadline demo` for a hub on demo data.
            """,
        subcommands: [
            DemoCommand.self, ServeCommand.self, ImportCommand.self, ExportCommand.self, UserCommand.self,
            TokenCommand.self, MigrateCommand.self, ReindexCommand.self, ReportCommand.self, SiteCommand.self,
            AgreementCommand.self, RefiCommand.self, NetworkCommand.self, BackupCommand.self, RestoreCommand.self,
            CopyCommand.self,
        ]
    )

    /// Runs the chosen command with the audit trail naming "command line" as the actor of every change it makes
    /// (the server's requests set their own actor per request).
    static func main() async {
        await AuditActor.$current.withValue(.commandLine) {
            do {
                var command = try parseAsRoot()
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch {
                exit(withError: error)
            }
        }
    }
}
