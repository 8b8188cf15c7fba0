import ArgumentParser
import ThreadlineStore

/// `threadline migrate`: bring a database's schema up to date without serving.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create the database or bring its schema up to date (serve and demo also do this at start-up)."
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.openStore(logger: .command())
        try await store.closing {
            print("The database \(store.database.url) is up to date.")
        }
    }
}
