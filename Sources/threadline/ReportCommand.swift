import ArgumentParser
import Foundation
import ThreadlineSite
import ThreadlineStore

/// `threadline report …`: work with learning reports from the command line.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Work with learning reports.",
        subcommands: [PDF.self]
    )

    /// `threadline report pdf SLUG --out FILE`.
    struct PDF: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pdf",
            abstract: "Print a published report to an A4 PDF through headless Chromium.",
            discussion: """
                The PDF is the public report with the print stylesheet: a page per section, each clip printed as \
                its quote with its time and address. Needs Chromium (or set CHROMIUM_PATH).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The report's URL name (the last part of /reports/…).")
        var slug: String

        @Option(help: "Where to write the PDF.")
        var out: String

        @Option(name: .customLong("base-url"), help: "The site's public address, printed beside each clip.")
        var baseURL: String = "http://localhost:8080"

        func run() async throws {
            guard let chromium = ReportPrinter.chromiumPath() else {
                throw CommandFailure(ReportPrinter.installAdvice)
            }
            let store = try await database.openStore(logger: .command())
            try await store.closing {
                let site = PublicSite(store: store, renderer: try await PageRenderer(), baseURL: baseURL)
                do {
                    try await ReportPrinter(site: site).printPDF(
                        slug: slug, to: URL(fileURLWithPath: out), chromium: chromium)
                } catch let failure as ReportPrinter.Failure {
                    throw CommandFailure(failure.description)
                }
            }
            FileHandle.standardError.write(Data("Printed /reports/\(slug) to \(out).\n".utf8))
        }
    }
}
