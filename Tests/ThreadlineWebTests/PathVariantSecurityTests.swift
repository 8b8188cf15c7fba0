import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Addresses spelled another way must not slip past a check that reads the path: the router routes `//api/v1/news`
/// and `/api/v1/news/` to the same handler as `/api/v1/news`, so every middleware must see the same address.
@Suite("Security: addresses spelled another way")
struct PathVariantSecurityTests {
    /// The ways an address can be respelled so a naive prefix check no longer recognises it.
    static func variants(of path: String) -> [String] {
        let trimmed = String(path.dropFirst())
        var variants = ["/" + path, "/." + path, path + "/", "/./" + trimmed]
        if let slash = trimmed.firstIndex(of: "/") {
            // A slash inside the path, doubled and percent-encoded.
            variants.append("/" + trimmed[..<slash] + "//" + trimmed[trimmed.index(after: slash)...])
            variants.append("/" + trimmed[..<slash] + "%2F" + trimmed[trimmed.index(after: slash)...])
            variants.append("/" + trimmed[..<slash] + "%2f" + trimmed[trimmed.index(after: slash)...])
        }
        return variants
    }

    @Test("Every write route, respelled, is refused with a session cookie alone and changes nothing")
    func writeVariants() async throws {
        try await SecuritySweep.run { sweep in
            let session = try await WorkspaceSignIn.signIn(sweep.client, as: sweep.hub.admin)
            let writes = sweep.routes.filter(\.isWrite)
            #expect(writes.contains { $0.isAPI } && writes.contains { $0.isWorkspace })
            let before = try await StoreTally.of(sweep.hub)
            for route in writes {
                for path in Self.variants(of: sweep.addresses.path(for: route)) {
                    // What a hostile page's form can send: the cookie rides along; no header, no token.
                    for contentType in ["application/x-www-form-urlencoded", "text/plain"] {
                        var fields = session.headers
                        fields[.contentType] = contentType
                        let response = try await sweep.client.execute(
                            uri: path, method: route.method, headers: fields,
                            body: ByteBuffer(string: #"{"title": "Sweep", "status": "published"}"#))
                        #expect(
                            [.badRequest, .notFound].contains(response.status),
                            "\(route.method) \(path) (\(contentType)): \(SecuritySweep.summary(response))")
                    }
                    // Even with the form's own token: a write is only taken at its canonical address.
                    let response = try await sweep.send(
                        route, path: path, headers: session.formHeaders,
                        form: [("csrf_token", session.csrfToken)] + SecurityRouteTests.actingForm)
                    #expect(
                        [.badRequest, .notFound].contains(response.status),
                        "\(route.method) \(path) with the token: \(SecuritySweep.summary(response))")
                }
            }
            #expect(try await StoreTally.of(sweep.hub) == before)
        }
    }

    @Test("A respelled read is sent to its canonical address; a hidden separator is not found")
    func readVariants() async throws {
        try await withApp { hub, client in
            for (path, canonical) in [
                ("//stories", "/stories"), ("/stories/", "/stories"), ("/./news/", "/news"),
                ("/api/v1//news?limit=2", "/api/v1/news?limit=2"), ("/workspace/../search?q=trust", "/search?q=trust"),
                ("/%2e/places", "/places"),
            ] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .permanentRedirect, "\(path): \(response.status)")
                #expect(response.headers[.location] == canonical, "\(path)")
            }
            for path in ["/api%2Fv1/news", "/stories%5Cx", "/places/a%2fb", "/places/a%0Ab", "/news%7F"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path): \(response.status)")
            }
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        }
    }

    @Test("An API write with a session needs the CSRF header and JSON; with a token it needs neither")
    func sessionAPIWrites() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            func post(_ path: String, _ fields: HTTPFields) async throws -> TestResponse {
                let slug = "made-\(UUID().uuidString.prefix(8).lowercased())"
                let body = #"{"title": "Made by a browser", "slug": "\#(slug)", "body": "x", "status": "published"}"#
                return try await client.execute(
                    uri: path, method: .post, headers: fields, body: ByteBuffer(string: body))
            }
            let newsBefore = try await hub.store.newsPosts.all(ContentQuery()).count

            // The attack as reported: a double slash, the cookie alone, a form's content type.
            var plain = session.headers
            plain[.contentType] = "text/plain"
            let respelled = try await post("//api/v1/news", plain)
            #expect(respelled.status == .badRequest)
            // Still the API's one error shape, naming the canonical address.
            #expect(try respelled.json()["error"]?["message"]?.stringValue?.contains("/api/v1/news") == true)
            // At the canonical address: no header is refused, a form's content type is refused.
            let refused = try await post("/api/v1/news", plain)
            #expect(refused.status == .forbidden)
            #expect(try refused.json()["error"]?["code"]?.stringValue == "csrf_token")
            plain[AuthenticationMiddleware.csrfHeader] = session.csrfToken
            #expect(try await post("/api/v1/news", plain).status == .unsupportedMediaType)
            var form = plain
            form[.contentType] = "application/x-www-form-urlencoded"
            #expect(try await post("/api/v1/news", form).status == .unsupportedMediaType)
            #expect(try await hub.store.newsPosts.all(ContentQuery()).count == newsBefore)

            // Header and JSON: the workspace's own scripts may write through the API.
            var json = plain
            json[.contentType] = "application/json; charset=utf-8"
            #expect(try await post("/api/v1/news", json).status == .created)
            // A token is a script's credential, not a browser's: no CSRF header, no cookie needed.
            let token = try await hub.token(for: hub.editor)
            #expect(
                try await post("/api/v1/news", headers(bearer: token, contentType: "application/json")).status
                    == .created)
            #expect(try await hub.store.newsPosts.all(ContentQuery()).count == newsBefore + 2)
        }
    }

    @Test("What a signed-in person gets is never kept by a shared cache")
    func signedInAnswersArePrivate() async throws {
        try await withApp { hub, client in
            let testimony = "00000000-0000-4000-8000-000000000901"
            let token = try await hub.token(for: hub.editor)
            for path in [
                "/testimony/\(testimony)/captions.vtt", "/api/v1/testimony/\(testimony)/transcript", "/news",
            ] {
                let team = try await client.execute(uri: path, method: .get, headers: headers(bearer: token))
                #expect(team.status == .ok, "\(path)")
                #expect(team.headers[.cacheControl] == "private, no-store", "\(path)")
            }
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(uri: "/workspace", method: .get, headers: session.headers)
            #expect(page.headers[.cacheControl] == "private, no-store")
        }
    }

    @Test("The recording upload takes the file's own type with a session, never a form's")
    func sessionFileUpload() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let testimony = try #require(try await hub.store.testimonies.all(ContentQuery()).first)
            var fields = session.headers
            fields[AuthenticationMiddleware.csrfHeader] = session.csrfToken
            fields[.contentType] = "multipart/form-data; boundary=x"
            let path = "/api/v1/testimony/\(testimony.id)/transcript"
            let response = try await client.execute(
                uri: path, method: .put, headers: fields,
                body: ByteBuffer(string: "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"))
            #expect(response.status == .unsupportedMediaType)
            fields[.contentType] = "text/vtt"
            let accepted = try await client.execute(
                uri: path, method: .put, headers: fields,
                body: ByteBuffer(string: "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"))
            #expect(accepted.status == .ok, "\(accepted.status)")
        }
    }
}
