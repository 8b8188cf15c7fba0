import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineStore

/// `threadline user …`: manage workspace accounts.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage workspace users.",
        subcommands: [Add.self, List.self]
    )

    /// `threadline user add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a user. The password is read from a prompt (or the first line of standard input).",
            discussion: """
                Roles: admin (everything, including users), editor (all content, publishing), contributor \
                (creates and edits drafts; cannot publish or delete others' work).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The sign-in email.")
        var email: String

        @Option(help: "admin, editor or contributor.")
        var role: String

        @Option(help: "The name shown beside their work (defaults to the email).")
        var name: String?

        func run() async throws {
            guard let role = Role(rawValue: role.lowercased()) else {
                throw ArgumentParser.ValidationError(
                    "--role must be admin, editor or contributor, not \"\(self.role)\".")
            }
            let problems = User.emailProblems(email)
            guard problems.isEmpty else { throw CommandFailure(problems.map(\.message).joined(separator: " ")) }
            guard let password = PasswordPrompt.read("Password for \(email): "), !password.isEmpty else {
                throw CommandFailure("No password was given.")
            }
            let store = try await database.openStore(logger: .command())
            try await store.closing {
                let user = User(
                    id: RandomIDGenerator().next(), email: email.lowercased(), displayName: name ?? email, role: role,
                    createdAt: SystemTimeSource().now()
                )
                do {
                    try await store.users.create(user, password: password)
                } catch let error as ThreadlineCore.ValidationError {
                    throw CommandFailure(error.problems.map(\.description).joined(separator: "\n"))
                } catch let error as StoreError {
                    throw CommandFailure(error.description)
                }
                print("Added \(user.email) as \(role.rawValue).")
            }
        }
    }

    /// `threadline user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List users and their roles.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let store = try await database.openStore(logger: .command())
            try await store.closing {
                for user in try await store.users.all() {
                    print("\(user.email)\t\(user.role.rawValue)\t\(user.displayName)")
                }
            }
        }
    }
}
