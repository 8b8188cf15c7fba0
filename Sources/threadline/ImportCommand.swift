import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// `threadline import FILE`: load a programme bundle, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a programme bundle (JSON, as written by `threadline export`).",
        discussion: """
            The whole file is checked first; if anything is wrong, every problem is listed with its JSON path \
            and nothing is written. The import itself is one transaction.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The bundle file.")
    var file: String

    @Flag(help: "Replace the content already in the database (otherwise only an empty database is accepted).")
    var replace = false

    func run() async throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure("Could not read \(file): \(error.localizedDescription)")
        }
        let bundle: ProgrammeBundle
        do {
            bundle = try ProgrammeBundleReader(now: SystemTimeSource().now()).read(data)
        } catch {
            var message = "\(file) was not imported; nothing was changed. \(error.problems.count) problem"
            message += error.problems.count == 1 ? ":\n" : "s:\n"
            message += error.problems.map { "  \($0)" }.joined(separator: "\n")
            throw CommandFailure(message)
        }
        let store = try await database.openStore(logger: .command())
        try await store.closing {
            do {
                try await store.importBundle(bundle, replacing: replace)
            } catch let error as StoreError {
                throw CommandFailure("\(file) was not imported; nothing was changed. \(error)")
            }
            let count =
                bundle.enablers.count + bundle.learningAreas.count + bundle.places.count + bundle.milestones.count
                + bundle.organisations.count + bundle.stories.count + bundle.caseStudies.count + bundle.newsPosts.count
            print("Imported \(bundle.programme.name): \(count) items.")
        }
    }
}
