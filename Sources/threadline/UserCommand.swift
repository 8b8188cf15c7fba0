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
                (creates and edits drafts; cannot publish or delete others' work). A contributor changes content \
                tied to a place only for the places given with --place (none: no such content at all).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The sign-in email.")
        var email: String

        @Option(help: "admin, editor or contributor.")
        var role: String

        @Option(help: "The name shown beside their work (defaults to the email).")
        var name: String?

        @Option(
            name: .customLong("place"),
            help: "The URL name of a place they work in; repeat for several. Limits a contributor's changes.")
        var places: [String] = []

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
                // Every place is found before anything is written, so a mistyped one adds no user.
                var placeIDs = Set<Place.ID>()
                for slug in places {
                    guard let place = try await store.places.get(slug: slug.lowercased()) else {
                        throw CommandFailure("--place: no place has the URL name \"\(slug)\".")
                    }
                    placeIDs.insert(place.id)
                }
                let user = User(
                    id: RandomIDGenerator().next(), email: email.lowercased(), displayName: name ?? email, role: role,
                    createdAt: SystemTimeSource().now()
                )
                do {
                    try await store.users.create(user, password: password)
                    if !placeIDs.isEmpty { try await store.users.setPlaces(placeIDs, of: user.id) }
                } catch let error as ThreadlineCore.ValidationError {
                    throw CommandFailure(error.problems.map(\.description).joined(separator: "\n"))
                } catch let error as StoreError {
                    throw CommandFailure(error.description)
                }
                let placesText = places.isEmpty ? "" : " in \(places.map { $0.lowercased() }.joined(separator: ", "))"
                print("Added \(user.email) as \(role.rawValue)\(placesText).")
            }
        }
    }

    /// `threadline user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List users, their roles and (for contributors) their places.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let store = try await database.openStore(logger: .command())
            try await store.closing {
                let slugs = Dictionary(
                    try await store.places.all().map { ($0.id, $0.slug) }, uniquingKeysWith: { first, _ in first })
                for user in try await store.users.all() {
                    let places = try await store.users.places(of: user.id).compactMap { slugs[$0] }.sorted()
                    print(
                        "\(user.email)\t\(user.role.rawValue)\t\(user.displayName)\t\(places.joined(separator: ","))")
                }
            }
        }
    }
}
