import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// A multipart/form-data body as a browser sends it.
struct MultipartBody {
    static let boundary = "----threadline-test-7d1f"
    var data = Data()

    mutating func field(_ name: String, _ value: String) {
        data.append(
            Data("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
    }

    mutating func file(_ name: String, fileName: String, _ bytes: Data) {
        data.append(
            Data(
                "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8))
        data.append(bytes)
        data.append(Data("\r\n".utf8))
    }

    func finished() -> ByteBuffer {
        var all = data
        all.append(Data("--\(Self.boundary)--\r\n".utf8))
        return ByteBuffer(bytes: all)
    }

    static func headers(_ session: SignedInSession) -> HTTPFields {
        var headers = session.headers
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return headers
    }
}

@Suite("Documents from files")
struct DocumentUploadTests {
    @Test(
        "several files at once: a Word file and a Markdown file become documents to code, a bad PDF is refused by name and leaves nothing"
    )
    func uploadMany() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let form = try await client.execute(
                uri: "/workspace/documents/upload", method: .get, headers: session.headers)
            #expect(form.status == .ok)
            #expect(form.text.contains("enctype=\"multipart/form-data\""))
            let list = try await client.execute(uri: "/workspace/documents", method: .get, headers: session.headers)
            #expect(list.text.contains("href=\"/workspace/documents/upload\""))

            let docx = try DOCXDocumentWriter.data(
                title: "Partnership minutes",
                blocks: [
                    .heading(level: 2, text: "Present"), .listItem("A youth worker"), .paragraph("We met *often*."),
                ])
            var body = MultipartBody()
            body.field("csrf_token", session.csrfToken)
            body.field("place_id", try await hub.place("salford").id.description)
            body.field("origin", "Steering group")
            body.file("files", fileName: "minutes.docx", docx)
            body.file("files", fileName: "plan.md", Data("# Plan\n\nMeet **monthly**.".utf8))
            body.file("files", fileName: "scan.pdf", Data("not a pdf at all".utf8))
            let before = try await hub.store.documents.all().count
            let response = try await client.execute(
                uri: "/workspace/documents/upload", method: .post, headers: MultipartBody.headers(session),
                body: body.finished())
            #expect(response.status == .ok)
            #expect(response.text.contains("Some files were not added"))
            #expect(response.text.contains("<strong>scan.pdf</strong>: scan.pdf is not a PDF"))
            let documents = try await hub.store.documents.all()
            #expect(documents.count == before + 2)
            let minutes = try #require(documents.first { $0.fileName == "minutes.docx" })
            #expect(minutes.title == "Partnership minutes")
            #expect(minutes.text == "Partnership minutes\nPresent\nA youth worker\nWe met *often*.")
            #expect(
                minutes.blocks.map(\.kind) == [
                    .heading(level: 1), .heading(level: 2), .listItem(number: nil), .paragraph,
                ])
            #expect(minutes.origin == "Steering group")
            #expect(minutes.status == .draft)
            #expect(minutes.authorID == hub.editor.id)
            let plan = try #require(documents.first { $0.fileName == "plan.md" })
            #expect(plan.text == "Plan\nMeet monthly.")
            #expect(plan.format == "md")

            // The coding page shows it laid out; the original comes back byte for byte.
            let coding = try await client.execute(
                uri: "/workspace/coding/document/\(minutes.id)", method: .get, headers: session.headers)
            #expect(coding.status == .ok)
            #expect(coding.text.contains("<h4 class=\"source-heading\"><span data-o=\"20\">Present</span></h4>"))
            let original = try await client.execute(
                uri: "/workspace/documents/\(minutes.id)/original", method: .get, headers: session.headers)
            #expect(original.status == .ok)
            #expect(Data(buffer: original.body) == docx)
            #expect(original.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"minutes.docx\"") == true)

            // Documents are never published, by any door.
            let publish = try await client.execute(
                uri: "/workspace/documents/\(minutes.id)/publish", method: .post, headers: session.formHeaders,
                body: session.form([]))
            #expect(publish.status == .forbidden)
            #expect(try await hub.store.documents.get(minutes.id)?.status == .draft)
            let anonymous = try await client.execute(uri: "/api/v1/documents", method: .get)
            #expect(!anonymous.text.contains(minutes.id.description))
        }
    }

    @Test("an upload without the form's token, or with no file, stores nothing; signed out it is not accepted")
    func refusals() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let before = try await hub.store.documents.all().count
            var stale = MultipartBody()
            stale.field("csrf_token", "wrong")
            stale.file("files", fileName: "a.txt", Data("Words.".utf8))
            let refused = try await client.execute(
                uri: "/workspace/documents/upload", method: .post, headers: MultipartBody.headers(session),
                body: stale.finished())
            #expect(refused.status == .forbidden)
            var empty = MultipartBody()
            empty.field("csrf_token", session.csrfToken)
            let none = try await client.execute(
                uri: "/workspace/documents/upload", method: .post, headers: MultipartBody.headers(session),
                body: empty.finished())
            #expect(none.status == .unprocessableContent)
            #expect(none.text.contains("Choose at least one file"))
            var headers = HTTPFields()
            headers[.contentType] = "multipart/form-data; boundary=\(MultipartBody.boundary)"
            let signedOut = try await client.execute(
                uri: "/workspace/documents/upload", method: .post, headers: headers, body: stale.finished())
            #expect(signedOut.status != .ok)
            #expect(try await hub.store.documents.all().count == before)
        }
    }
}
