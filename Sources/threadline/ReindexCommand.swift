import ArgumentParser
import Foundation
import ThreadlineStore

/// `threadline reindex`: rebuild the search index from the stored content.
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the full-text search index from the stored content, in one transaction.",
        discussion: """
            Every write keeps the index up to date by itself; run this after restoring a database by hand or \
            when search results look wrong. Readers keep the old index until the new one is complete.
            """
    )

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let store = try await database.openStore(logger: .command())
        try await store.closing {
            let started = ContinuousClock.now
            let count = try await store.search.rebuild()
            let seconds = (ContinuousClock.now - started) / .seconds(1)
            print("Indexed \(count.formatted()) entries in \(String(format: "%.1f", seconds)) s.")
        }
    }
}
