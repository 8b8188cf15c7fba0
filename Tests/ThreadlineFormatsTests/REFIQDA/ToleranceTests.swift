import Foundation
import Testing
import ThreadlineFormats

@Suite("Tolerating what real tools write")
struct ToleranceTests {
    private let namespace = "xmlns=\"urn:QDA-XML:project:1.0\""

    @Test(
        "Project.qde and Sources/ in capitals, braced lower-case GUIDs, CRLF XML, BOM + CRLF text file")
    func capitalsBracesAndCRLF() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<Project \(namespace) name=\"Caps\">",
            "<Users><User guid=\"{0f0f0f0f-aaaa-4bbb-8ccc-dddddddddddd}\" name=\"u\"/></Users>",
            "<CodeBook><Codes><Code guid=\"{11111111-aaaa-4bbb-8ccc-dddddddddddd}\" name=\"c\" isCodable=\"true\"/>",
            "</Codes></CodeBook>",
            "<Sources><TextSource guid=\"{22222222-aaaa-4bbb-8ccc-dddddddddddd}\" name=\"doc\"",
            " plainTextPath=\"internal://Doc%20One.TXT\" creatingUser=\"{0F0F0F0F-AAAA-4BBB-8CCC-DDDDDDDDDDDD}\">",
            "<PlainTextSelection guid=\"33333333-aaaa-4bbb-8ccc-dddddddddddd\" startPosition=\"7\" endPosition=\"12\">",
            "<Coding guid=\"44444444-aaaa-4bbb-8ccc-dddddddddddd\">",
            "<CodeRef targetGUID=\"11111111-AAAA-4BBB-8CCC-DDDDDDDDDDDD\"/></Coding>",
            "</PlainTextSelection></TextSource></Sources></Project>",
        ].joined(separator: "\r\n")
        let text = Data([0xEF, 0xBB, 0xBF]) + Data("line1\r\nline2\r\n".utf8)
        let url = try REFITestSupport.makeQDPX(
            projectXML: xml, projectPath: "Project.qde", files: [("Sources/doc one.txt", text)],
            in: directory)
        let project = try QDPXReader.read(from: url)
        let source = try #require(project.sources.first)
        #expect(source.guid.rawValue == "22222222-AAAA-4BBB-8CCC-DDDDDDDDDDDD")
        #expect(source.creatingUser == project.users.first?.guid)
        // The BOM goes, the CRLFs stay: positions count the CR, so 7…12 is "line2".
        #expect(source.plainText == "line1\r\nline2\r\n")
        let selection = try #require(source.selections.first)
        #expect(REFITestSupport.text(of: selection.range, in: source.plainText ?? "") == "line2")
        #expect(selection.codings.first?.codeGUID == project.codes.first?.guid)
    }

    @Test(
        "inline PlainTextContent, docx with a text representation, PDF with a Representation, unknown elements"
    )
    func inlineTextAndRepresentations() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml = """
            <Project \(namespace) xmlns:x="urn:other" name="Mixed" x:extra="ignored">
              <Users><User guid="00000000-0000-4000-8000-000000000001" name="u"/></Users>
              <CodeBook><Codes>
                <Code guid="00000000-0000-4000-8000-000000000002" name="c" isCodable="true" color="#abc">
                  <Description>Short &amp; sweet</Description>
                </Code></Codes>
                <Sets><Set guid="00000000-0000-4000-8000-000000000099" name="s"/></Sets>
              </CodeBook>
              <Variables><Variable guid="00000000-0000-4000-8000-000000000098" name="v" typeOfVariable="Text"/>
              </Variables>
              <Sources>
                <TextSource guid="00000000-0000-4000-8000-000000000010" name="inline">
                  <PlainTextContent>Hello &lt;world&gt;</PlainTextContent>
                  <PlainTextSelection guid="00000000-0000-4000-8000-000000000011" startPosition="6"
                      endPosition="13"><Description>ignored</Description></PlainTextSelection>
                  <VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-000000000098"/>
                    <TextValue>x</TextValue></VariableValue>
                </TextSource>
                <TextSource guid="00000000-0000-4000-8000-000000000020" name="docx"
                    richTextPath="internal://a.docx" plainTextPath="internal://a.txt"/>
                <PDFSource guid="00000000-0000-4000-8000-000000000030" name="pdf" path="internal://b.pdf">
                  <PDFSelection guid="00000000-0000-4000-8000-000000000031" page="1" firstX="0" firstY="0"
                      secondX="5" secondY="5"/>
                  <Representation guid="00000000-0000-4000-8000-000000000032" plainTextPath="internal://b.txt">
                    <PlainTextSelection guid="00000000-0000-4000-8000-000000000033" startPosition="0"
                        endPosition="3"/>
                  </Representation>
                  <Coding guid="00000000-0000-4000-8000-000000000034">
                    <CodeRef targetGUID="00000000-0000-4000-8000-000000000002"/></Coding>
                </PDFSource>
                <AudioSource guid="00000000-0000-4000-8000-000000000040" name="external"
                    path="absolute://C:/media/interview.mp3"/>
              </Sources>
              <Links><Link guid="00000000-0000-4000-8000-000000000097"/></Links>
              <Graphs><Graph guid="00000000-0000-4000-8000-000000000096"/></Graphs>
            </Project>
            """
        let url = try REFITestSupport.makeQDPX(
            projectXML: xml,
            files: [
                ("sources/a.docx", Data("docx bytes".utf8)), ("sources/a.txt", Data("Docx text".utf8)),
                ("sources/b.pdf", Data("%PDF".utf8)), ("sources/b.txt", Data("PDF text".utf8)),
            ], in: directory)
        let project = try QDPXReader.read(from: url)
        #expect(project.codes.first?.color == "#AABBCC")
        #expect(project.codes.first?.description == "Short & sweet")
        #expect(project.sources.map(\.kind) == [.text, .text, .pdf, .audio])
        let inline = project.sources[0]
        #expect(inline.plainText == "Hello <world>")
        #expect(
            REFITestSupport.text(of: try #require(inline.selections.first).range, in: "Hello <world>")
                == "<world>")
        #expect(project.sources[1].plainText == "Docx text")
        #expect(
            project.sources[1].originalFile
                == QDAFile(name: "a.docx", contents: .bytes(Data("docx bytes".utf8))))
        let pdf = project.sources[2]
        #expect(pdf.plainText == "PDF text")
        #expect(pdf.textRepresentationGUID == REFITestSupport.guid(0x32))
        #expect(pdf.selections.map(\.range) == [.text(start: 0, end: 3)])
        #expect(pdf.originalFile?.name == "b.pdf")
        // A path outside the archive cannot be loaded, but it is not an error either.
        #expect(project.sources[3].originalFile == nil)
    }

    @Test("an empty project, and a .qde one folder deep")
    func emptyProject() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try REFITestSupport.makeQDPX(
            projectXML: "<Project \(namespace) name=\"Nothing\"/>", projectPath: "export/My Project.qde",
            in: directory)
        let project = try QDPXReader.read(from: url)
        #expect(project == QDAProject(name: "Nothing"))
    }

    @Test(".qdc code book with a CodeBook root")
    func codebookRoot() throws {
        let xml = """
            <?xml version="1.0"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="tool">
              <Codes><Code guid="{00000000-0000-4000-8000-000000000001}" name="a" isCodable="false">
                <Code guid="00000000-0000-4000-8000-000000000002" name="b" isCodable="1"/></Code></Codes>
              <Sets><Set guid="00000000-0000-4000-8000-000000000003" name="s"/></Sets>
            </CodeBook>
            """
        let codes = try QDCReader.read(data: Data(xml.utf8))
        #expect(codes.count == 1)
        #expect(codes.first?.isCodable == false)
        #expect(codes.first?.children.map(\.name) == ["b"])
    }

    @Test("xsd:dateTime with zone offsets and fractions; CR-only line ends in XML")
    func datesAndCarriageReturns() throws {
        let directory = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let xml =
            "<Project \(namespace) name=\"D\"\r creationDateTime=\"2023-08-16T17:49:36.5+02:00\">\r"
            + "<Users>\r<User guid=\"00000000-0000-4000-8000-000000000001\"/>\r</Users>\r</Project>\r"
        let url = try REFITestSupport.makeQDPX(projectXML: xml, in: directory)
        let project = try QDPXReader.read(from: url)
        #expect(project.creationDateTime == Date(timeIntervalSince1970: 1_692_200_976.5))
        #expect(project.users.count == 1)
        let written = String(decoding: try QDPXWriter.projectXML(project), as: UTF8.self)
        #expect(written.contains("creationDateTime=\"2023-08-16T15:49:36.500Z\""))
    }

    @Test("GUID and date parsing")
    func guidsAndDates() throws {
        #expect(
            QDAGUID("{abcdef01-2345-6789-abcd-ef0123456789}")?.rawValue
                == "ABCDEF01-2345-6789-ABCD-EF0123456789")
        #expect(QDAGUID("abcdef01-2345-6789-abcd-ef012345678") == nil)
        #expect(QDAGUID("{abcdef01-2345-6789-abcd-ef0123456789") == nil)
        #expect(QDAGUID("ghijkl01-2345-6789-abcd-ef0123456789") == nil)
    }
}
