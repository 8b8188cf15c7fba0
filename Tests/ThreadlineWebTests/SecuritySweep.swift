import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineServices

/// The whole application over the full demo (programme, coding, maturity surveys and network waves), with its
/// live route list and demo addresses, for tests that sweep every route.
struct SecuritySweep: Sendable {
    /// The hub.
    let hub: TestHub
    /// Every route the router serves.
    let routes: [RoutePattern]
    /// The client driving the router.
    let client: any TestClientProtocol
    /// Addresses that name demo things (an admin's API token for `tokens/:id`).
    let addresses: RouteAddresses

    /// Runs `body` over a fresh hub; the database is closed afterwards.
    static func run(_ body: @Sendable (SecuritySweep) async throws -> Void) async throws {
        let hub = try await TestHub.make()
        try await hub.store.closing {
            try await DemoCoding.install(store: hub.store, now: TestHub.now)
            try await DemoMaturity.install(store: hub.store, now: TestHub.now)
            try await DemoNetworks.install(store: hub.store, now: TestHub.now)
            let router = try await ThreadlineApplication.router(hub.dependencies)
            let routes = RoutePattern.all(of: router)
            let app = Application(router: router)
            try await app.test(.router) { client in
                let addresses = try await RouteAddresses.demo(
                    hub: hub, client: client, routes: routes, tokenOwner: hub.admin)
                try await body(SecuritySweep(hub: hub, routes: routes, client: client, addresses: addresses))
            }
        }
    }

    /// Sends `route` to its demo address (or `path`), with `headers` and a URL-encoded `form` body on writes.
    func send(
        _ route: RoutePattern, path: String? = nil, headers: HTTPFields = [:], form: [(String, String)] = []
    ) async throws -> TestResponse {
        var headers = headers
        var body: ByteBuffer? = nil
        if route.isWrite {
            if headers[.contentType] == nil { headers[.contentType] = "application/x-www-form-urlencoded" }
            body = ByteBuffer(string: HTTPTestText.form(form))
        }
        return try await client.execute(
            uri: path ?? addresses.path(for: route), method: route.method, headers: headers, body: body)
    }

    /// Whether `response` sends the browser to the workspace's sign-in page.
    static func isSignInRedirect(_ response: TestResponse) -> Bool {
        [.seeOther, .found].contains(response.status)
            && (response.headers[.location]?.hasPrefix("/workspace/login") ?? false)
    }

    /// "303 → /workspace/login?next=…" or "200", for failure messages.
    static func summary(_ response: TestResponse) -> String {
        let location = response.headers[.location].map { " → \($0)" } ?? ""
        return "\(response.status.code)\(location)"
    }
}
