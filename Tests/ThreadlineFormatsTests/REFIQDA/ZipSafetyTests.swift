import Foundation
import Testing
import ThreadlineFormats

@Suite("Zip bombs and atomic extraction")
struct ZipSafetyTests {
    /// A project whose first source has a small docx and whose second points at `secondFile`.
    private static func twoFileProject(
        secondFile: String, codeRef: String = "00000000-0000-4000-8000-000000000002"
    )
        -> String
    {
        """
        <Project xmlns="urn:QDA-XML:project:1.0" name="P">
          <CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000002" name="c" isCodable="true"/></Codes>
          </CodeBook>
          <Sources>
            <TextSource guid="00000000-0000-4000-8000-000000000010" richTextPath="internal://ok.docx"
                plainTextPath="internal://ok.txt"/>
            <TextSource guid="00000000-0000-4000-8000-000000000020" richTextPath="internal://\(secondFile)"
                plainTextPath="internal://ok.txt">
              <PlainTextSelection guid="00000000-0000-4000-8000-000000000021" startPosition="0" endPosition="2">
                <Coding guid="00000000-0000-4000-8000-000000000022"><CodeRef targetGUID="\(codeRef)"/></Coding>
              </PlainTextSelection>
            </TextSource>
          </Sources>
        </Project>
        """
    }

    private static let smallFiles: [(String, Data)] = [
        ("sources/ok.docx", Data("docx".utf8)), ("sources/ok.txt", Data("ok text".utf8)),
    ]

    /// Lists everything under `directory`, hidden files included.
    private func contents(of directory: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
    }

    @Test("50 MB of zeros is stopped by the compression-ratio limit and nothing is extracted")
    func compressionRatioBomb() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let zeros = Data(count: 50_000_000)
        let url = try REFITestSupport.makeQDPX(
            projectXML: Self.twoFileProject(secondFile: "bomb.bin"),
            files: Self.smallFiles + [("sources/bomb.bin", zeros)], in: directory)
        let archiveSize = try #require(
            try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(archiveSize < 1_000_000)

        let extraction = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: extraction, withIntermediateDirectories: true)
        let limits = QDPXLimits(maximumCompressionRatio: 50, compressionRatioThresholdBytes: 256 * 1024)
        let error = try #require(REFITestSupport.refusal(url, directory: extraction, limits: limits))
        #expect(error.kind == .limitExceeded)
        #expect(error.element == "sources/bomb.bin")
        #expect(error.description.contains("zip bomb"))
        #expect(try contents(of: extraction).isEmpty)

        // Without an extraction folder the bomb is refused as well, instead of filling memory.
        let inMemory = try #require(REFITestSupport.refusal(url, limits: limits))
        #expect(inMemory.kind == .limitExceeded)
    }

    @Test("the total-size limit counts bytes actually produced")
    func totalSizeLimit() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try REFITestSupport.makeQDPX(
            projectXML: Self.twoFileProject(secondFile: "big.bin"),
            files: Self.smallFiles + [("sources/big.bin", Data(count: 3_000_000))], in: directory)
        let limits = QDPXLimits(
            maximumTotalUncompressedBytes: 1_000_000, maximumCompressionRatio: 1_000_000)
        let error = try #require(REFITestSupport.refusal(url, limits: limits))
        #expect(error.kind == .limitExceeded)
        #expect(error.element == "sources/big.bin")
        let generous = QDPXLimits(maximumCompressionRatio: 1_000_000)
        #expect(try QDPXReader.read(from: url, limits: generous).sources.count == 2)
    }

    @Test("the entry-count limit")
    func entryCountLimit() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try REFITestSupport.makeQDPX(
            projectXML: Self.twoFileProject(secondFile: "ok.docx"),
            files: Self.smallFiles + (0..<5).map { ("sources/extra\($0).txt", Data("x".utf8)) },
            in: directory)
        let error = try #require(REFITestSupport.refusal(url, limits: QDPXLimits(maximumEntryCount: 4)))
        #expect(error.kind == .limitExceeded)
        #expect(error.description.contains("4 entries"))
    }

    @Test("a refused project leaves the extraction folder untouched; an accepted one fills it")
    func nothingExtractedOnError() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let extraction = directory.appendingPathComponent("out")
        let bad = try REFITestSupport.makeQDPX(
            projectXML: Self.twoFileProject(
                secondFile: "ok.docx", codeRef: "00000000-0000-4000-8000-0000000000AB"),
            files: Self.smallFiles, in: directory)
        let error = try #require(REFITestSupport.refusal(bad, directory: extraction))
        #expect(error.kind == .unknownReference)
        #expect(try contents(of: extraction).isEmpty)

        let good = try REFITestSupport.makeQDPX(
            projectXML: Self.twoFileProject(secondFile: "second.docx"),
            files: Self.smallFiles + [("sources/second.docx", Data("second".utf8))], in: directory)
        let project = try QDPXReader.read(from: good, extractingFilesTo: extraction)
        #expect(try contents(of: extraction) == ["sources"])
        let extracted = try contents(of: extraction.appendingPathComponent("sources")).sorted()
        #expect(extracted == ["ok.docx", "second.docx"])
        guard case .file(let second)? = project.sources.last?.originalFile?.contents else {
            Issue.record("expected an extracted file")
            return
        }
        #expect(try Data(contentsOf: second) == Data("second".utf8))
    }
}

@Suite("Entries read into memory")
struct InMemoryEntryLimitTests {
    @Test("a project.qde larger than the in-memory limit is refused, naming the entry")
    func largeProjectFile() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("big.qdpx")
        let padding = String(repeating: " ", count: 200_000)
        let xml = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Big\">\(padding)</Project>"
        try REFITestSupport.makeZip([("project.qde", Data(xml.utf8))], at: url)
        var limits = QDPXLimits.default
        limits.maximumInMemoryEntryBytes = 100_000
        let error = try #require(REFITestSupport.refusal(url, limits: limits))
        #expect(error.kind == .limitExceeded)
        #expect(error.element == "project.qde")
        #expect(try QDPXReader.read(from: url).name == "Big")
    }
}
