import Foundation
import Testing
import ThreadlineFormats

/// Inputs that the REFI-QDA libFuzzer target in `Fuzz/` found breaking the reader, kept so the fixes stay fixed.
@Suite("REFI-QDA fuzz regressions")
struct REFIFuzzRegressionTests {
    /// The error reading `xml` as a code book, or `nil` when it reads.
    static func codebookError(_ xml: Data) -> REFIQDAError? {
        do throws(REFIQDAError) {
            _ = try QDCReader.read(data: xml)
            return nil
        } catch {
            return error
        }
    }

    /// Minimised from the fuzzer's input: with this declaration and these bytes, libxml2 (under Foundation's
    /// XMLParser) dereferenced a null pointer and killed the process.
    static let utf7Project =
        Data(
            "<?xml version=\"1.0\" encoding=\"utf-7\"?>\n<Project name=\"a\"><Users><User guid=\"x\" name=\"AleBook><Codes>0 <P a=\""
                .utf8) + Data([0xFF, 0xFE]) + Data("\"></P></Users></Project>".utf8)

    @Test("a document declaring UTF-7 is refused before the XML parser sees it")
    func utf7IsRefused() throws {
        let error = try #require(Self.codebookError(Self.utf7Project))
        #expect(error.kind == .invalidValue)
        #expect(error.attribute == "encoding")
        #expect(error.line == 1)
        #expect(error.message.contains("'utf-7'"))
    }

    /// `text` in UTF-16 little-endian with its byte order mark, as some tools write QDA-XML.
    static func utf16(_ text: String) -> Data {
        Data([0xFF, 0xFE]) + Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    }

    @Test("the UTF-7 declaration is found behind a UTF-16 byte order mark, and EBCDIC is refused outright")
    func otherEncodingsAreRefused() throws {
        let utf16 =
            Self.utf16("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<Project name=\"a\"><P a=\"")
            + Data([0xFF, 0xFE]) + Self.utf16("\"></P></Project>").dropFirst(2)
        let ebcdic = Data([0x4C, 0x6F, 0xA7, 0x94, 0x93, 0x40, 0xA5, 0x85])  // "<?xml ve" in IBM037
        for document in [utf16, ebcdic] {
            let error = try #require(Self.codebookError(document))
            #expect(error.kind == .invalidValue)
            #expect(error.attribute == "encoding")
            #expect(error.line == 1)
        }
    }

    @Test("the same document in a .qdpx archive is refused the same way")
    func utf7ArchiveIsRefused() throws {
        let folder = try REFITestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("utf7.qdpx")
        try REFITestSupport.makeZip([("project.qde", Self.utf7Project)], at: url)
        do throws(REFIQDAError) {
            _ = try QDPXReader.read(from: url)
            Issue.record("A project declaring UTF-7 was read.")
        } catch {
            #expect(error.kind == .invalidValue)
            #expect(error.attribute == "encoding")
        }
    }

    @Test(
        "UTF-8, ASCII and UTF-16 declarations, in any case and quoting, still read",
        arguments: ["UTF-8", "utf-8", "'utf8'", "US-ASCII", "UTF-16"])
    func acceptedEncodings(encoding: String) {
        let quoted = encoding.hasPrefix("'") ? encoding : "\"\(encoding)\""
        let xml =
            "<?xml version=\"1.0\" encoding=\(quoted)?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>"
        let error = Self.codebookError(Data(xml.utf8))
        #expect(error?.attribute != "encoding")
    }

    @Test(
        "empty and truncated documents are refused with a line that exists, never line 0",
        arguments: ["", " ", "<?xml version=\"1.0\"?>", "<CodeBook", "\u{0}\u{0}\u{0}"])
    func emptyDocuments(text: String) throws {
        let error = try #require(Self.codebookError(Data(text.utf8)))
        #expect(error.kind == .malformedXML || error.kind == .unexpectedRoot)
        #expect((error.line ?? 1) >= 1)
        #expect((error.column ?? 1) >= 1)
    }

    @Test("deeply nested elements and invalid UTF-8 are refused, not crashed on")
    func hostileDocuments() throws {
        let nested =
            "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
            + String(
                repeating: "<Code guid=\"00000000-0000-4000-8000-000000000001\" name=\"a\" isCodable=\"true\">",
                count: 5000)
        #expect(Self.codebookError(Data(nested.utf8)) != nil)
        let invalid =
            Data("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" name=\"".utf8) + Data([0xC3, 0x28, 0xFF])
            + Data("\"><Codes/></CodeBook>".utf8)
        #expect(Self.codebookError(invalid) != nil)
    }

    @Test("bytes that look like UCS-4, once reported on line 0, are refused on line 1")
    func ucs4LookalikeIsRefused() throws {
        let document = Data([0x3C, 0x00, 0x00, 0x00, 0x00]) + Data("?xml version=\"1.0\"?>\n<CodeBook/>".utf8)
        let error = try #require(Self.codebookError(document))
        #expect(error.kind == .invalidValue)
        #expect(error.line == 1)
        #expect(error.message.contains("UCS-4"))
    }

    @Test("UCS-4 documents, which crashed libxml2, are refused on line 1")
    func ucs4IsRefused() throws {
        let fuzzed =
            Data([0x00, 0x00, 0x00, 0x3C]) + Data("?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project/>".utf8)
        let error = try #require(Self.codebookError(fuzzed))
        #expect(error.kind == .invalidValue)
        #expect(error.attribute == "encoding")
        #expect(error.line == 1)
    }

    @Test("a processing instruction without data, which crashed Foundation's XMLParser, is refused on its line")
    func processingInstructionWithoutData() throws {
        let fuzzed = "<?xmn?>\n<ct*xmlns=\"urn:QD\"?>\n<ct xmlns=\"urn:QDA-XML0\" 00<?xm"
        let first = try #require(Self.codebookError(Data(fuzzed.utf8)))
        #expect(first.kind == .malformedXML)
        #expect(first.line == 1)
        #expect(first.message.contains("<?xmn?>"))
        let later = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">\n<Codes/>\n<?tool?>\n</CodeBook>"
        #expect(Self.codebookError(Data(later.utf8))?.line == 3)
    }
}
