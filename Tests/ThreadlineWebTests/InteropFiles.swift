import Foundation
import Testing

/// The REFI-QDA samples and schemas of ../shared/interop beside the repository, and xmllint to validate with.
enum InteropFiles {
    static let folder: URL = {
        let beside = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/interop")
        let candidates = [beside, URL(fileURLWithPath: "/work/shared/interop")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? beside
    }()

    static func sample(_ name: String) -> URL { folder.appendingPathComponent("samples/\(name)") }

    static var hasSamples: Bool { FileManager.default.fileExists(atPath: sample("atlasti-small.qdpx").path) }

    /// Whether the schema checks must run: the schemas are here and xmllint is (or CI requires it, so a missing
    /// xmllint fails there instead of skipping).
    static var runsSchemaChecks: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("schemas/Project.xsd").path)
            && (xmllint != nil || ProcessInfo.processInfo.environment["THREADLINE_REQUIRE_XMLLINT"] == "1")
    }

    static let xmllint: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// xmllint's verdict on `xml` against a schema of the shared folder: (exit status, output).
    static func validate(_ xml: Data, schema: String) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tl-\(UUID().uuidString).xml")
        try xml.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(xmllint))
        process.arguments = ["--noout", "--schema", folder.appendingPathComponent("schemas/\(schema)").path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
