import Foundation
import Testing
import ThreadlineFormats

@Suite("Refusing broken and hostile archives")
struct RefusalTests {
    private static let user = "00000000-0000-4000-8000-000000000001"
    private static let code = "00000000-0000-4000-8000-000000000002"

    /// A project with one inline text source whose single selection is given by `selection`.
    private static func project(selection: String, extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="P">
          <Users><User guid="\(user)" name="u"/></Users>
          <CodeBook><Codes><Code guid="\(code)" name="c" isCodable="true"/></Codes></CodeBook>
          <Sources>
            <TextSource guid="00000000-0000-4000-8000-000000000010" name="t">
              <PlainTextContent>0123456789</PlainTextContent>
              \(selection)
            </TextSource>
            \(extra)
          </Sources>
        </Project>
        """
    }

    private func refuse(_ xml: String, files: [(String, Data)] = []) throws -> REFIQDAError {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try REFITestSupport.makeQDPX(projectXML: xml, files: files, in: directory)
        return try #require(REFITestSupport.refusal(url))
    }

    @Test("not a zip")
    func notAZip() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("fake.qdpx")
        try Data("<Project/> is not a zip".utf8).write(to: url)
        let error = try #require(REFITestSupport.refusal(url))
        #expect(error.kind == .notAZip)
        #expect(error.description.contains("not a zip"))
    }

    @Test("no .qde in the archive")
    func noProjectFile() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("empty.qdpx")
        try REFITestSupport.makeZip([("sources/a.txt", Data("a".utf8))], at: url)
        let error = try #require(REFITestSupport.refusal(url))
        #expect(error.kind == .missingProjectFile)
        #expect(error.element == "project.qde")
    }

    @Test("malformed XML reports line and column")
    func malformedXML() throws {
        let error = try refuse(
            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\">\n  <Users>\n</Project>")
        #expect(error.kind == .malformedXML)
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.description.contains("line 3"))
    }

    @Test(
        "unclosed root and mismatched tags",
        arguments: ["<Project name=\"P\">", "<Project name=\"P\"><Users></Project>"])
    func unclosed(xml: String) throws {
        let error = try refuse(xml)
        #expect(error.kind == .malformedXML)
        #expect(error.line == 1)
    }

    @Test(
        "XML mistakes are said in words, never as a parser's number",
        arguments: [
            ("<Project name=\"P\"><Users></Project>", "an element is not closed"),
            ("<Project name=\"P\"><Description>Fish & chips</Description></Project>", "an '&' that starts no entity"),
            ("<Project name=\"P\"><Description>Fish &amp chips</Description></Project>", "without its closing ';'"),
            ("<Project name=\"P\"><Description>&nbsp;</Description></Project>", "an entity XML does not define"),
            ("<Project name=\"P\"><Description>a\u{1}b</Description></Project>", "a character XML does not allow"),
            ("<Project name=\"P\" name=\"Q\"></Project>", "an attribute given twice"),
            ("<Project name=P></Project>", "an attribute whose value is not in quotes"),
            ("<Project name=\"P\"><!-- unfinished </Project>", "a comment that is not closed"),
        ])
    func xmlMistakesInWords(xml: String, words: String) throws {
        let error = try refuse(xml)
        #expect(error.kind == .malformedXML)
        #expect(error.description.contains(words), "\(error.description)")
        #expect(!error.description.contains("parser error"), "\(error.description)")
    }

    @Test("entity expansion bombs are refused by the XML parser")
    func entityBomb() throws {
        var entities = "<!ENTITY a0 \"lol\">"
        for level in 1..<10 {
            entities += "<!ENTITY a\(level) \"\(String(repeating: "&a\(level - 1);", count: 10))\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE Project [\(entities)]><Project name=\"&a9;\"/>"
        let error = try refuse(xml)
        #expect(error.kind == .malformedXML)
        #expect(error.line == 1)
    }

    @Test("wrong root element")
    func wrongRoot() throws {
        let error = try refuse("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>")
        #expect(error.kind == .unexpectedRoot)
        #expect(error.element == "CodeBook")
    }

    @Test("a coding that names a code the project does not have")
    func unknownCodeReference() throws {
        let selection = """
            <PlainTextSelection guid="00000000-0000-4000-8000-000000000011" startPosition="0" endPosition="1">
              <Coding guid="00000000-0000-4000-8000-000000000012">
                <CodeRef targetGUID="00000000-0000-4000-8000-0000000000FF"/></Coding></PlainTextSelection>
            """
        let error = try refuse(Self.project(selection: selection))
        #expect(error.kind == .unknownReference)
        #expect(error.element == "CodeRef")
        #expect(error.attribute == "targetGUID")
        #expect(error.line == 9)
        #expect(error.description.contains("000000FF"))
    }

    @Test("a creatingUser and a NoteRef that name nothing")
    func unknownUserAndNote() throws {
        let selection = """
            <PlainTextSelection guid="00000000-0000-4000-8000-000000000011" startPosition="0" endPosition="1"
                creatingUser="00000000-0000-4000-8000-0000000000EE"/>
            """
        let userError = try refuse(Self.project(selection: selection))
        #expect(userError.kind == .unknownReference)
        #expect(userError.attribute == "creatingUser")
        let note = "<NoteRef targetGUID=\"00000000-0000-4000-8000-0000000000DD\"/>"
        let noteError = try refuse(Self.project(selection: note))
        #expect(noteError.kind == .unknownReference)
        #expect(noteError.element == "NoteRef")
    }

    @Test("a transcript selection naming a missing sync point")
    func unknownSyncPoint() throws {
        let audio = """
            <AudioSource guid="00000000-0000-4000-8000-000000000020" name="a">
              <Transcript guid="00000000-0000-4000-8000-000000000021"><PlainTextContent>hi</PlainTextContent>
                <SyncPoint guid="00000000-0000-4000-8000-000000000022" timeStamp="0" position="0"/>
                <TranscriptSelection guid="00000000-0000-4000-8000-000000000023"
                    fromSyncPoint="00000000-0000-4000-8000-000000000022"
                    toSyncPoint="00000000-0000-4000-8000-0000000000CC"/>
              </Transcript></AudioSource>
            """
        let error = try refuse(Self.project(selection: "", extra: audio))
        #expect(error.kind == .unknownReference)
        #expect(error.element == "TranscriptSelection")
        #expect(error.attribute == "toSyncPoint")
    }

    @Test("an invalid GUID names element and attribute")
    func invalidGUID() throws {
        let selection =
            "<PlainTextSelection guid=\"not-a-guid\" startPosition=\"0\" endPosition=\"1\"/>"
        let error = try refuse(Self.project(selection: selection))
        #expect(error.kind == .invalidValue)
        #expect(error.element == "PlainTextSelection")
        #expect(error.attribute == "guid")
        #expect(error.line == 8)
    }

    @Test("a GUID declared twice")
    func duplicateGUID() throws {
        let selection =
            "<PlainTextSelection guid=\"\(Self.code)\" startPosition=\"0\" endPosition=\"1\"/>"
        let error = try refuse(Self.project(selection: selection))
        #expect(error.kind == .duplicateGUID)
        #expect(error.element == "PlainTextSelection")
    }

    @Test(
        "text selections beyond the text or reversed",
        arguments: [("0", "11"), ("5", "4"), ("-1", "3")])
    func positionOutOfRange(start: String, end: String) throws {
        let selection = """
            <PlainTextSelection guid="00000000-0000-4000-8000-000000000011" startPosition="\(start)"
                endPosition="\(end)"/>
            """
        let error = try refuse(Self.project(selection: selection))
        #expect(error.kind == .positionOutOfRange)
        #expect(error.element == "PlainTextSelection")
        // libxml2 reports the line on which the start tag ends; this one spans lines 8–9.
        #expect(error.line == 9)
    }

    @Test("media selections with negative or reversed times")
    func invalidTimes() throws {
        for (begin, end) in [("-5", "10"), ("20", "10")] {
            let audio = """
                <AudioSource guid="00000000-0000-4000-8000-000000000020" name="a">
                  <AudioSelection guid="00000000-0000-4000-8000-000000000021" begin="\(begin)" end="\(end)"/>
                </AudioSource>
                """
            let error = try refuse(Self.project(selection: "", extra: audio))
            #expect(error.kind == .invalidTimeRange)
            #expect(error.element == "AudioSelection")
        }
    }

    @Test("archive entries and internal paths that escape, and missing files")
    func escapingAndMissingPaths() throws {
        let plain = Self.project(selection: "")
        let entryError = try refuse(plain, files: [("sources/../../evil.txt", Data("x".utf8))])
        #expect(entryError.kind == .unsafePath)
        #expect(entryError.element == "sources/../../evil.txt")
        let absoluteError = try refuse(plain, files: [("/etc/evil", Data("x".utf8))])
        #expect(absoluteError.kind == .unsafePath)

        let escaping =
            "<TextSource guid=\"00000000-0000-4000-8000-000000000030\" plainTextPath=\"internal://../x.txt\"/>"
        let pathError = try refuse(Self.project(selection: "", extra: escaping))
        #expect(pathError.kind == .unsafePath)
        #expect(pathError.element == "TextSource")
        #expect(pathError.attribute == "plainTextPath")

        let missing =
            "<TextSource guid=\"00000000-0000-4000-8000-000000000030\" plainTextPath=\"internal://x.txt\"/>"
        let missingError = try refuse(Self.project(selection: "", extra: missing))
        #expect(missingError.kind == .missingEntry)
        #expect(missingError.attribute == "plainTextPath")
        #expect(missingError.line == 10)
    }
}
