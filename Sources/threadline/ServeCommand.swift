import ArgumentParser
import Foundation
import Hummingbird
import ThreadlineStore
import ThreadlineWeb

/// `threadline serve`: run the hub on a database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the hub: the public site, the workspace and the API.",
        discussion: "Stops cleanly on Ctrl-C (SIGINT) or SIGTERM, finishing requests in flight."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var server: ServerOptions

    func run() async throws {
        let configuration = server.configuration()
        let logger = try server.logger(configuration)
        let store = try await database.openStore(logger: logger)
        try await store.closing {
            let app = try await ThreadlineApplication.make(
                .init(store: store, configuration: configuration, logger: logger)
            )
            print("Threadline is serving \(store.database.url) at http://\(configuration.host):\(configuration.port)/")
            // Flush now: when stdout is a pipe it is block-buffered, and the URL must show before the server blocks.
            fflush(nil)
            try await app.runService()
        }
    }
}
