import ArgumentParser
import Foundation
import Logging
import ThreadlineStore

/// `threadline copy --from URL --to URL`: moves a whole programme between databases (typically from SQLite to
/// PostgreSQL) and proves the copy table by table.
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole programme into a new, empty database, and verify it by counts and checksums.",
        discussion: """
            Every table is copied in one transaction on the target (all of it or nothing), the search index is \
            rebuilt there, and then each table is counted and checksummed (SHA-256 over every row) on both sides. \
            The source is read from one consistent snapshot, so the server may keep running; stop it before \
            switching over so that no later change is left behind. Recordings are files in MEDIA_PATH and are \
            not part of the database: keep the folder, or copy it beside the new server.
              threadline copy --from sqlite:///srv/threadline.sqlite --to postgres://threadline@db/threadline
            """
    )

    @Option(help: ArgumentHelp("The database to copy from.", valueName: "url"))
    var from: String

    @Option(help: ArgumentHelp("The database to copy into; it must hold no content and no users.", valueName: "url"))
    var to: String

    func run() async throws {
        let source = try parse(from, option: "--from")
        let target = try parse(to, option: "--to")
        guard source != target else {
            throw ValidationError("--from and --to name the same database; nothing was copied.")
        }
        if case .sqliteMemory = source {
            throw ValidationError("--from names an in-memory database, which holds nothing outside one process.")
        }
        if case .sqliteFile(let path) = source, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("There is no database at \(path); nothing was copied.")
        }
        let logger = Logger.command()
        let report: DatabaseCopyReport
        do {
            let from = try await ThreadlineStore.open(source, logger: logger)
            report = try await from.closing {
                let into = try await ThreadlineStore.open(target, logger: logger)
                return try await into.closing {
                    try await DatabaseCopier(source: from.database, target: into.database).copy()
                }
            }
        } catch let error as StoreError {
            throw CommandFailure(error.description)
        }
        print(Self.describe(report, from: source, to: target))
        guard report.isVerified else {
            throw CommandFailure("The copy does not match its source in the tables marked DIFFERENT above.")
        }
    }

    private func parse(_ text: String, option: String) throws -> DatabaseURL {
        do {
            return try DatabaseURL(parsing: text)
        } catch {
            throw ValidationError("\(option): \(error.description)")
        }
    }

    /// One line per table that holds rows, then the verdict.
    static func describe(_ report: DatabaseCopyReport, from source: DatabaseURL, to target: DatabaseURL) -> String {
        var lines = ["Copied \(source) to \(target):"]
        let width = report.tables.map(\.name.count).max() ?? 0
        for table in report.tables where table.sourceRows > 0 || table.targetRows > 0 {
            let name = table.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let verdict = table.matches ? "ok" : "DIFFERENT (\(table.sourceRows) rows in the source)"
            lines.append(
                "  \(name)  \(table.targetRows) rows  sha256 \(table.targetChecksum.prefix(16))  \(verdict)")
        }
        let empty = report.tables.filter { $0.sourceRows == 0 && $0.targetRows == 0 }.count
        lines.append("  (\(empty) empty tables; search index rebuilt with \(report.searchDocuments) documents)")
        if report.isVerified {
            lines.append(
                "Verified: \(report.totalRows) rows in \(report.tables.count) tables match their source by count "
                    + "and checksum.")
        }
        return lines.joined(separator: "\n")
    }
}
