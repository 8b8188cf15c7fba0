import Foundation
import Testing
import ThreadlineFormats
import ZIPFoundation

/// Helpers shared by the REFI-QDA tests.
enum REFITestSupport {
    /// The interoperability folder of ../shared beside the repository (or the machine's shared folder).
    static let interop: URL = {
        let beside = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/interop")
        let candidates = [beside, URL(fileURLWithPath: "/work/shared/interop")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? beside
    }()
    static let samples = interop.appendingPathComponent("samples")
    static let schemas = interop.appendingPathComponent("schemas")

    /// A fresh empty folder under the system temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("refiqda-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Builds a zip from in-memory entries.
    static func makeZip(_ entries: [(String, Data)], at url: URL, compress: Bool = true) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: compress ? .deflate : .none
            ) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
    }

    /// Builds a `.qdpx` from a project.qde text and extra entries.
    static func makeQDPX(
        projectXML: String, projectPath: String = "project.qde", files: [(String, Data)] = [],
        in directory: URL
    ) throws -> URL {
        let url = directory.appendingPathComponent("test-\(UUID().uuidString).qdpx")
        try makeZip([(projectPath, Data(projectXML.utf8))] + files, at: url)
        return url
    }

    /// Reads the bytes of one entry of a zip.
    static func entryData(_ path: String, in url: URL) throws -> Data {
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    /// Whether the schema checks must run (CI installs xmllint and sets THREADLINE_REQUIRE_XMLLINT=1), so a missing
    /// xmllint fails them there instead of skipping them. They need the shared schemas either way.
    static var runsSchemaChecks: Bool {
        FileManager.default.fileExists(atPath: schemas.appendingPathComponent("Project.xsd").path)
            && (xmllintPath != nil || ProcessInfo.processInfo.environment["THREADLINE_REQUIRE_XMLLINT"] == "1")
    }

    /// Whether xmllint is on PATH.
    static let xmllintPath: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(
            separator: ":")
        return paths.map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Validates `xml` against a schema with xmllint; returns (exit status, combined output).
    static func xmllint(_ xml: Data, schema: String) throws -> (Int32, String) {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.xml")
        try xml.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(xmllintPath))
        process.arguments = [
            "--noout", "--schema", schemas.appendingPathComponent(schema).path, file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Reads an archive expecting a refusal, returning the error.
    static func refusal(
        _ url: URL, directory: URL? = nil, limits: QDPXLimits = .default
    ) -> REFIQDAError? {
        do {
            _ = try QDPXReader.read(from: url, extractingFilesTo: directory, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    static func guid(_ text: String) -> QDAGUID {
        guard let guid = QDAGUID(text) else { fatalError("bad test GUID \(text)") }
        return guid
    }

    /// A GUID made from a number, handy for generated projects.
    static func guid(_ number: Int) -> QDAGUID {
        let hex = String(number, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 12 - hex.count)) + hex
        return guid("00000000-0000-4000-8000-" + padded)
    }

    /// Counts all codes at every level.
    static func countCodes(_ codes: [QDACode]) -> Int {
        codes.reduce(0) { $0 + 1 + countCodes($1.children) }
    }

    /// The text a text selection covers, by Unicode scalars.
    static func text(of range: QDASelection.Range, in text: String) -> String? {
        guard case .text(let start, let end) = range else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }
}
