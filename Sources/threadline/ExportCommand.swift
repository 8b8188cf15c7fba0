import ArgumentParser
import Foundation
import ThreadlineFormats
import ThreadlineStore

/// `threadline export --out FILE`: the whole programme as one versioned JSON document.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole programme (drafts included) as one JSON bundle.",
        discussion: "The output is stable: exporting unchanged data twice gives identical files."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Where to write the bundle; - for standard output.")
    var out: String

    func run() async throws {
        let store = try await database.openStore(logger: .command())
        let (data, surveys) = try await store.closing {
            (
                try ProgrammeBundleWriter().data(for: try await store.exportBundle()),
                try await store.maturity.surveys().count
            )
        }
        if surveys > 0 {
            // Said on every export, so a bundle is never mistaken for a backup of the survey answers.
            FileHandle.standardError.write(
                Data(
                    ("Note: the bundle does not carry the \(surveys) maturity survey\(surveys == 1 ? "" : "s") and "
                        + "their answers; back up the database itself to keep them.\n").utf8))
        }
        if out == "-" {
            FileHandle.standardOutput.write(data)
        } else {
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            let target = URL(fileURLWithPath: out)
            try data.write(to: target, options: .atomic)
            FileHandle.standardError.write(Data("Exported to \(out) (\(data.count) bytes).\n".utf8))
        }
    }
}
