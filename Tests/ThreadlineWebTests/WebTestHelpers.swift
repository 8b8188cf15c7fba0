import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Runs `body` against the whole application, driven through its router, over a fresh hub
/// (the demo programme loaded unless asked otherwise); the database is closed afterwards.
func withApp(
    loadDemo: Bool = true, maxUploadBytes: Int64 = 64 * 1024 * 1024,
    _ body: @Sendable (TestHub, any TestClientProtocol) async throws -> Void
) async throws {
    @Sendable func run() async throws {
        let hub = try await TestHub.make(loadDemo: loadDemo, maxUploadBytes: maxUploadBytes)
        try await hub.store.closing {
            let app = Application(router: try await ThreadlineApplication.router(hub.dependencies))
            try await app.test(.router) { client in try await body(hub, client) }
        }
    }
    if TestHub.usesPostgres {
        try await TestHub.postgresGate.withPermit { try await run() }
    } else {
        try await run()
    }
}

/// Runs `body` against a router over an existing hub, its clock set to `time` (the hub's fixed clock by default):
/// the same database seen at another moment.
func withRouter(
    of hub: TestHub, at time: Date = TestHub.now,
    _ body: @Sendable (any TestClientProtocol) async throws -> Void
) async throws {
    var dependencies = hub.dependencies
    dependencies.time = FixedTimeSource(time)
    let app = Application(router: try await ThreadlineApplication.router(dependencies))
    try await app.test(.router) { client in try await body(client) }
}

extension TestResponse {
    /// The body as text.
    var text: String { HTTPTestText.text(of: self) }

    /// The body parsed as JSON (fails the test when it is not).
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        try #require(try? JSONValue.parse(Data(buffer: body)), "not JSON: \(text)", sourceLocation: sourceLocation)
    }

    /// The cookies this response sets.
    var cookies: [String: SetCookie] { HTTPTestText.setCookies(of: self) }

    /// The `Location` header.
    var location: String? { headers[.location] }

    /// The `Content-Type` header.
    var contentType: String? { headers[.contentType] }
}

extension JSONValue {
    /// The member `key` of an object; `nil` for anything else.
    subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// The number as an `Int`, when it is a whole number.
    var intValue: Int? { numberValue.flatMap { Int(exactly: $0) } }
}

/// Escapes text as the templates do, to look for it in a page.
func escaped(_ text: String) -> String { HTTPTestText.escapedHTML(text) }

/// The `<section>` of a page whose heading has `id`, up to its end; `nil` when absent.
func htmlSection(_ html: String, id: String) -> String? {
    guard let heading = html.range(of: "id=\"\(id)\"") else { return nil }
    let end = html[heading.upperBound...].range(of: "</section>")?.lowerBound ?? html.endIndex
    return String(html[heading.upperBound..<end])
}

/// `Cookie` and `Authorization` headers in one place.
func headers(cookie: String? = nil, bearer: String? = nil, contentType: String? = nil) -> HTTPFields {
    var fields = HTTPFields()
    if let cookie { fields[.cookie] = cookie }
    if let bearer { fields[.authorization] = "Bearer \(bearer)" }
    if let contentType { fields[.contentType] = contentType }
    return fields
}

/// The position of `needle` in `haystack`, for checking order; `nil` when absent.
func offset(of needle: String, in haystack: String) -> Int? {
    haystack.range(of: needle).map { haystack.distance(from: haystack.startIndex, to: $0.lowerBound) }
}

extension TestHub {
    /// A new API token of `user`, as its secret.
    func token(for user: User) async throws -> String {
        try await store.apiTokens.create(for: user.id, name: "tests", now: TestHub.now).secret
    }

    /// The demo place with `slug`.
    func place(_ slug: String) async throws -> Place {
        try #require(try await store.places.get(slug: slug), "no demo place \(slug)")
    }

    /// The demo's draft stories (it ships at least one).
    func draftStories() async throws -> [Story] {
        try await store.stories.list(ContentQuery(status: .draft)).items
    }

    /// The demo's draft news posts (it ships at least one).
    func draftNewsPosts() async throws -> [NewsPost] {
        try await store.newsPosts.list(ContentQuery(status: .draft)).items
    }
}
