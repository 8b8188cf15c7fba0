import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineStore

/// `threadline token …`: API tokens for scripts.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Manage API tokens.",
        subcommands: [Create.self]
    )

    /// `threadline token create`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create an API token for a user and print it (it is shown only once).",
            discussion: "Use it as `Authorization: Bearer TOKEN` on /api/v1 requests."
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The email of the user the token acts as.")
        var email: String

        @Option(help: "A name to recognise the token by.")
        var name: String

        func run() async throws {
            let (store, url) = try await database.openNamedStore(logger: .command())
            try await store.closing {
                guard let user = try await store.users.get(email: email) else {
                    throw CommandFailure(
                        "There is no user \(email) in \(url). Add one with `threadline user add`, or give --db for "
                            + "the hub you mean (the demo's is \(DemoCommand.demoDatabase)).")
                }
                do {
                    let (_, secret) = try await store.apiTokens.create(
                        for: user.id, name: name, now: SystemTimeSource().now())
                    print(secret)
                } catch let error as ThreadlineCore.ValidationError {
                    throw CommandFailure(error.problems.map(\.message).joined(separator: " "))
                }
            }
        }
    }
}
