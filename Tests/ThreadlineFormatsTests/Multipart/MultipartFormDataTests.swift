import Foundation
import Testing
import ThreadlineFormats

@Suite("multipart/form-data bodies")
struct MultipartFormDataTests {
    private func body(_ text: String) -> Data { Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    @Test("the boundary comes from the Content-Type, quoted or not; other types and bad boundaries give none")
    func boundary() {
        #expect(MultipartFormData.boundary(fromContentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(
            MultipartFormData.boundary(fromContentType: "Multipart/Form-Data; charset=x; Boundary=\"a b\"") == "a b")
        #expect(MultipartFormData.boundary(fromContentType: "application/json; boundary=abc") == nil)
        #expect(MultipartFormData.boundary(fromContentType: "multipart/form-data") == nil)
        #expect(
            MultipartFormData.boundary(
                fromContentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test("fields and files come back with their names, file names (RFC 5987 wins), types and exact bytes")
    func parts() throws {
        let data = body(
            """
            preamble to ignore
            --XyZ
            Content-Disposition: form-data; name="title"

            Minutes of "May"
            --XyZ
            Content-Disposition: form-data; name="file"; filename="notes.txt"
            Content-Type: text/plain

            line one
            line two
            --XyZ
            Content-Disposition: form-data; name="file"; filename="fallback.txt"; filename*=UTF-8''caf%C3%A9%20notes.md

            # Café
            --XyZ--
            epilogue
            """)
        let parts = try MultipartFormData.parse(data, boundary: "XyZ")
        #expect(parts.map(\.name) == ["title", "file", "file"])
        #expect(parts[0].text == "Minutes of \"May\"")
        #expect(parts[0].fileName == nil)
        #expect(parts[1].fileName == "notes.txt")
        #expect(parts[1].contentType == "text/plain")
        #expect(parts[1].text == "line one\r\nline two")
        #expect(parts[2].fileName == "café notes.md")
    }

    @Test("binary content holding CR LF and dashes is kept byte for byte")
    func binary() throws {
        var data = Data("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n\r\n".utf8)
        let payload = Data([0, 13, 10, 45, 45, 99, 255, 13, 10, 45])
        data.append(payload)
        data.append(Data("\r\n--b--\r\n".utf8))
        #expect(try MultipartFormData.parse(data, boundary: "b").first?.data == payload)
    }

    @Test("a body cut short, a part without a name or blank line, or no boundary at all is refused naming the part")
    func refusals() {
        func refusal(_ text: String) -> String? {
            do {
                _ = try MultipartFormData.parse(body(text), boundary: "b")
                return nil
            } catch {
                return error.message
            }
        }
        #expect(refusal("no boundary here")?.contains("no part marked") == true)
        #expect(refusal("--b\nContent-Disposition: form-data; name=\"a\"\n\nvalue")?.contains("Part 1") == true)
        #expect(
            refusal("--b\nContent-Disposition: form-data\n\nx\n--b--")?.contains("no Content-Disposition with a name")
                == true)
        #expect(
            refusal("--b\nContent-Disposition: form-data; name=\"a\"\n\nx\n--b\nno colon here\n\ny\n--b--")?
                .contains("Part 2") == true)
        #expect(refusal("--b\nContent-Disposition: form-data; name=\"a\"x\n--b--")?.contains("blank line") == true)
    }
}
