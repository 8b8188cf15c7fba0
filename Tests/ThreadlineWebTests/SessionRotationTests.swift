import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Sessions rotate at sign-in and end at expiry")
struct SessionRotationTests {
    /// Signs in as `email`, sending `existing` (a session token) along as a browser would.
    private func signIn(
        _ client: any TestClientProtocol, email: String, existing: String? = nil
    ) async throws -> String {
        let login = try await WorkspaceSignIn.loginForm(client)
        var headers = login.headers
        if let existing { headers[.cookie] = login.cookieHeader + "; threadline_session=\(existing)" }
        let response = try await client.execute(
            uri: "/workspace/login", method: .post, headers: headers,
            body: login.body(email: email, password: TestHub.password))
        #expect(response.status == .seeOther)
        return try #require(response.cookies["threadline_session"]?.value)
    }

    @Test("Signing in again gives a new token and ends the session the browser had")
    func rotatesAtSignIn() async throws {
        try await withApp { hub, client in
            let first = try await signIn(client, email: hub.editor.email)
            let second = try await signIn(client, email: hub.editor.email, existing: first)
            #expect(first != second)
            #expect(try await hub.store.sessions.resolve(token: first, now: TestHub.now) == nil)
            #expect(try await hub.store.sessions.resolve(token: second, now: TestHub.now)?.user.id == hub.editor.id)
            let old = try await client.execute(
                uri: "/workspace", method: .get, headers: [.cookie: "threadline_session=\(first)"])
            #expect(old.status == .seeOther, "the old token no longer opens the workspace")
        }
    }

    @Test("A session token planted before sign-in never becomes a signed-in session")
    func plantedTokenIsDiscarded() async throws {
        try await withApp { hub, client in
            // An attacker's own valid session, set in the victim's browser before the victim signs in.
            let planted = try await signIn(client, email: hub.contributor.email)
            let victim = try await signIn(client, email: hub.admin.email, existing: planted)
            #expect(victim != planted)
            #expect(try await hub.store.sessions.resolve(token: planted, now: TestHub.now) == nil)
        }
    }

    @Test("A session stops working when its lifetime is over")
    func endsAtExpiry() async throws {
        try await withApp { hub, client in
            let token = try await signIn(client, email: hub.editor.email)
            let lifetime = hub.dependencies.configuration.sessionLifetimeHours * 3600
            let later = TestHub.now.addingTimeInterval(lifetime + 1)
            #expect(try await hub.store.sessions.resolve(token: token, now: later) == nil)
            try await withRouter(of: hub, at: later) { lateClient in
                let response = try await lateClient.execute(
                    uri: "/workspace", method: .get, headers: [.cookie: "threadline_session=\(token)"])
                #expect(response.status == .seeOther)
                #expect(response.location?.hasPrefix("/workspace/login") == true)
            }
        }
    }
}
