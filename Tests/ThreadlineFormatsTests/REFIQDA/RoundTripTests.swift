import Foundation
import Testing
import ThreadlineFormats

@Suite("Writing and round trips")
struct RoundTripTests {
    /// Writes the rich fixture and returns (folder, archive URL, project); the caller removes the folder.
    private func writeRich() throws -> (URL, URL, QDAProject) {
        let directory = try REFITestSupport.temporaryDirectory()
        let media = directory.appendingPathComponent("recording.m4a")
        // 300 KiB spans many writer chunks, so chunked copying is exercised.
        try Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: media)
        let project = Fixtures.richProject(media: media)
        let url = directory.appendingPathComponent("rich.qdpx")
        try QDPXWriter.write(project, to: url)
        return (directory, url, project)
    }

    @Test("rich project: write → read → write gives the same project.qde bytes and the same model")
    func richRoundTrip() throws {
        let (directory, url, project) = try writeRich()
        defer { try? FileManager.default.removeItem(at: directory) }
        let firstXML = try REFITestSupport.entryData("project.qde", in: url)

        let extraction = directory.appendingPathComponent("extracted")
        let reread = try QDPXReader.read(from: url, extractingFilesTo: extraction)
        let url2 = directory.appendingPathComponent("rich2.qdpx")
        try QDPXWriter.write(reread, to: url2)
        #expect(try REFITestSupport.entryData("project.qde", in: url2) == firstXML)

        // Everything but file names/locations (rewritten to GUID.ext) must be identical.
        var expected = project
        var actual = reread
        for index in expected.sources.indices {
            expected.sources[index].originalFile = nil
            actual.sources[index].originalFile = nil
        }
        #expect(actual == expected)

        let audio = try #require(reread.sources.first { $0.kind == .audio })
        let file = try #require(audio.originalFile)
        #expect(file.name == "\(REFITestSupport.guid(500)).m4a")
        guard case .file(let extracted) = file.contents else {
            Issue.record("audio should be extracted to disk")
            return
        }
        #expect(extracted.path.hasPrefix(extraction.path))
        let originalBytes = try Data(contentsOf: directory.appendingPathComponent("recording.m4a"))
        #expect(try Data(contentsOf: extracted) == originalBytes)
        let pdf = try #require(reread.sources.first { $0.kind == .pdf })
        #expect(pdf.originalFile?.name == "\(REFITestSupport.guid(400)).pdf")
        if case .file(let pdfURL)? = pdf.originalFile?.contents {
            #expect(try Data(contentsOf: pdfURL) == Data("%PDF-1.4 fake".utf8))
        } else {
            Issue.record("PDF should be extracted to disk")
        }
        let staging = try FileManager.default.contentsOfDirectory(atPath: extraction.path)
        #expect(!staging.contains { $0.hasPrefix(".refiqda-staging") })
    }

    @Test("texts keep CRLF and emoji; selections index them by Unicode scalars")
    func textFidelity() throws {
        let (directory, url, _) = try writeRich()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reread = try QDPXReader.read(from: url)
        let source = try #require(reread.sources.first { $0.kind == .text })
        #expect(source.plainText == Fixtures.interviewText)
        let selection = try #require(source.selections.first)
        #expect(
            REFITestSupport.text(of: selection.range, in: Fixtures.interviewText) == "A: Great 👍 & <fine>")
        #expect(
            source.originalFile
                == QDAFile(
                    name: "\(REFITestSupport.guid(300)).docx",
                    contents: .bytes(
                        Data("PK fake docx".utf8))))
        #expect(reread.notes.first?.plainText == "Line 1\r\nLine 2")
        let stored = try REFITestSupport.entryData("sources/\(REFITestSupport.guid(300)).txt", in: url)
        #expect(stored == Data(Fixtures.interviewText.utf8))
    }

    @Test("the same project always gives the same archive bytes")
    func deterministic() throws {
        let (directory, url, project) = try writeRich()
        defer { try? FileManager.default.removeItem(at: directory) }
        let again = directory.appendingPathComponent("again.qdpx")
        try QDPXWriter.write(project, to: again)
        #expect(try Data(contentsOf: url) == Data(contentsOf: again))
        // Writing over an existing archive replaces it and leaves no temporary file behind.
        try QDPXWriter.write(project, to: again)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!leftovers.contains { $0.hasSuffix(".tmp") })
    }

    @Test(
        "written project.qde validates against Project.xsd",
        .enabled(
            if: REFITestSupport.runsSchemaChecks,
            "xmllint (Debian libxml2-utils) is not on PATH or ../shared/interop/schemas is missing; schema check skipped"
        ))
    func validatesAgainstProjectSchema() throws {
        let (directory, url, _) = try writeRich()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = try REFITestSupport.entryData("project.qde", in: url)
        let (status, output) = try REFITestSupport.xmllint(xml, schema: "Project.xsd")
        #expect(status == 0, "\(output)")

        let empty = try QDPXWriter.projectXML(QDAProject(name: "Empty"))
        let (emptyStatus, emptyOutput) = try REFITestSupport.xmllint(empty, schema: "Project.xsd")
        #expect(emptyStatus == 0, "\(emptyOutput)")
    }

    @Test(
        "written .qdc validates against Codebook.xsd and reads back",
        .enabled(
            if: REFITestSupport.runsSchemaChecks,
            "xmllint (Debian libxml2-utils) is not on PATH or ../shared/interop/schemas is missing; schema check skipped"
        ))
    func codebook() throws {
        let codes = Fixtures.richProject(media: URL(fileURLWithPath: "/dev/null")).codes
        let data = try QDCWriter.data(codes: codes, origin: "Threadline")
        let (status, output) = try REFITestSupport.xmllint(data, schema: "Codebook.xsd")
        #expect(status == 0, "\(output)")
        var expected = codes
        expected[0].noteRefs = []  // the code book schema has no NoteRef
        #expect(try QDCReader.read(data: data) == expected)
    }

    @Test("writer refuses projects the reader would refuse")
    func writerValidates() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("bad.qdpx")
        let code = QDACode(guid: REFITestSupport.guid(1), name: "A")
        var project = QDAProject(name: "Bad", codes: [code, code])
        #expect(throws: REFIQDAError.self) { try QDPXWriter.write(project, to: url) }
        project.codes = [code]
        project.sources = [
            QDASource(
                guid: REFITestSupport.guid(2), name: "T", kind: .text, plainText: "abc",
                selections: [QDASelection(guid: REFITestSupport.guid(3), range: .text(start: 1, end: 4))])
        ]
        do {
            try QDPXWriter.write(project, to: url)
            Issue.record("out-of-range selection was written")
        } catch {
            #expect(error.kind == .positionOutOfRange)
            #expect(error.element == "PlainTextSelection")
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
