import ArgumentParser
import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineStore

/// `threadline refi import|export`: exchange projects and codebooks with NVivo, ATLAS.ti and MAXQDA (REFI-QDA).
struct RefiCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refi",
        abstract: "Exchange coding projects (.qdpx) and codebooks (.qdc) with other QDA tools (REFI-QDA).",
        subcommands: [RefiImportCommand.self, RefiExportCommand.self]
    )
}

/// `threadline refi import FILE.qdpx|FILE.qdc`.
struct RefiImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a REFI-QDA project (.qdpx) or codebook (.qdc).",
        discussion: """
            Users become coders, text sources draft stories, recordings with transcripts draft internal testimony, \
            cases places. The whole file is checked first and written in one transaction: a bad file changes nothing. \
            Items whose GUID is already here are left as they are.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var mediaOptions: MediaOptions

    @Flag(help: "Print JSON for machines.")
    var json = false

    @Argument(help: "The .qdpx or .qdc file.")
    var file: String

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        guard FileManager.default.fileExists(atPath: url.path) else { throw CommandFailure("\(file): no such file.") }
        let store = try await database.openStore(logger: .command())
        let media = mediaOptions.resolvedPath
        let report: REFIExchange.ImportReport
        do {
            report = try await store.closing {
                try await REFIExchange.importFile(
                    repositories: REFIRepositories(store: store), mediaPath: media, from: url, time: SystemTimeSource())
            }
        } catch let error as REFIQDAError {
            throw CommandFailure("\(file): \(error.description) Nothing was imported.")
        } catch let error as StoreError {
            throw CommandFailure("\(file): \(error.description) Nothing was imported.")
        }
        if json {
            let object: [String: Any] = [
                "read": Dictionary(report.read, uniquingKeysWith: { a, _ in a }), "added": report.added,
                "already_stored": report.alreadyStored, "skipped": report.skipped,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        print("Read \(file): " + report.read.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + ".")
        let added = report.added.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        print("Added: " + (added.isEmpty ? "nothing" : added.joined(separator: ", ")) + ".")
        if !report.alreadyStored.isEmpty {
            print(
                "Already here, left as they were: "
                    + report.alreadyStored.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
                        separator: ", ") + ".")
        }
        for line in report.skipped { print(line) }
    }
}

/// `threadline refi export --out FILE.qdpx`.
struct RefiExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the programme's evidence and coding as a REFI-QDA project (.qdpx), or its codebook (.qdc).",
        discussion: "Testimony whose consent was withdrawn or has expired is left out, with its codings."
    )

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var mediaOptions: MediaOptions

    @Option(help: "Where to write: FILE.qdpx for the project, FILE.qdc for the codebook alone.")
    var out: String

    @Flag(help: "Print JSON for machines.")
    var json = false

    func run() async throws {
        let store = try await database.openStore(logger: .command())
        let media = mediaOptions.resolvedPath
        let target = URL(fileURLWithPath: out)
        let counts: [(String, Int)]
        if target.pathExtension.lowercased() == "qdc" {
            let data = try await store.closing {
                try await REFIExchange.exportCodebook(repositories: REFIRepositories(store: store))
            }
            try data.write(to: target, options: .atomic)
            // The codebook is a tree: count every code, not only the top-level ones.
            func count(_ codes: [QDACode]) -> Int { codes.reduce(0) { $0 + 1 + count($1.children) } }
            counts = [("codes", count(try QDCReader.read(data: data)))]
        } else {
            counts = try await store.closing {
                try await REFIExchange.export(
                    repositories: REFIRepositories(store: store), mediaPath: media, to: target,
                    today: PartialDate(dayOf: Date()))
            }
        }
        if json {
            let data = try JSONSerialization.data(
                withJSONObject: Dictionary(counts, uniquingKeysWith: { a, _ in a }), options: [.sortedKeys])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print("Wrote \(out): " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", ") + ".")
        }
    }
}
