import Foundation
import FuzzSupport
import ThreadlineFormats
import ZIPFoundation

/// The checks of the REFI-QDA fuzz target.
enum REFIProjectCheck {
    /// Scratch files live in memory-backed /dev/shm when there is one, one folder per process.
    static let folder: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let url = URL(fileURLWithPath: base).appendingPathComponent("threadline-fuzz-refi-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The text source the fuzzed project may point at as `internal://a.txt`.
    static let sourceText = Data("Q: How was it?\r\nA: Great 👍 & <fine>\r\n".utf8)

    /// An error names a line that exists when it names one, and always says something.
    static func checkError(_ error: REFIQDAError, lines: Int) {
        invariant(!error.message.isEmpty, "REFI-QDA error without a message: \(error)")
        if let line = error.line {
            invariant((1...lines).contains(line), "REFI-QDA error on line \(line) of \(lines): \(error)")
        }
    }

    static func codebook(_ data: Data) {
        do {
            let codes = try QDCReader.read(data: data)
            let written = try QDCWriter.data(codes: codes)
            do {
                let reread = try QDCReader.read(data: written)
                invariant(reread == codes, "code book changed on a write and re-read")
            } catch {
                invariant(false, "the code book writer's own output was refused: \(error)")
            }
        } catch {
            checkError(error, lines: LineCount.of(data))
        }
    }

    static func archive(_ data: Data) {
        let archiveURL = folder.appendingPathComponent("in.qdpx")
        let rewrittenURL = folder.appendingPathComponent("out.qdpx")
        defer {
            try? FileManager.default.removeItem(at: archiveURL)
            try? FileManager.default.removeItem(at: rewrittenURL)
        }
        do {
            let archive = try Archive(url: archiveURL, accessMode: .create)
            try add("project.qde", data, to: archive)
            try add("sources/a.txt", sourceText, to: archive)
        } catch {
            fatalError("cannot pack the input: \(error)")
        }
        let project: QDAProject
        do {
            project = try QDPXReader.read(from: archiveURL)
        } catch {
            checkError(error, lines: LineCount.of(data))
            return
        }
        do {
            try QDPXWriter.write(project, to: rewrittenURL)
            let reread = try QDPXReader.read(from: rewrittenURL)
            invariant(reread == project, "project changed on a write and re-read:\n\(project)\nbecame\n\(reread)")
        } catch {
            invariant(false, "a project that was read could not be written and read back: \(error)")
        }
    }

    private static func add(_ path: String, _ bytes: Data, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .none,
            provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
    }
}
