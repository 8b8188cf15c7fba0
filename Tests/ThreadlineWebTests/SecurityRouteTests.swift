import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Sweeps of the live router: who may reach which route. Each test reads the routes from the router, so a route
/// added later is covered without being listed here; the lists below name only exceptions and privileged actions.
@Suite("Security: every route refuses whoever may not use it")
struct SecurityRouteTests {
    /// Workspace routes that answer without a session, each with the reason. Everything else under `/workspace`
    /// must send an anonymous visitor to sign in.
    static let publicWorkspaceRoutes: [RoutePattern: String] = [
        RoutePattern(method: .get, path: "/workspace/login"): "the sign-in page: nobody has a session before it"
    ]

    /// Routes only admins may use (`AccessPolicy.canManageUsers`, `canReadAuditTrail`).
    static let adminOnly: [RoutePattern] = [
        RoutePattern(method: .get, path: "/workspace/users"),
        RoutePattern(method: .post, path: "/workspace/users"),
        RoutePattern(method: .get, path: "/workspace/audit"),
        RoutePattern(method: .get, path: "/workspace/audit.csv"),
        RoutePattern(method: .post, path: "/workspace/users/:id/places"),
    ]

    /// Workspace actions editors and admins may take but contributors may not, read from `AccessPolicy`
    /// (`canEditProgramme`, `canPublish`, `canManageMaturity`, `canManageNetworks`, `canManageCodebook`). Every
    /// publish and unpublish route is added from the router. Counts imports are absent on purpose: contributors may
    /// import counts (`canCreate`) as drafts; only publishing them is an editor's, which the import checks itself.
    static let editorOnly: [RoutePattern] = [
        RoutePattern(method: .get, path: "/workspace/programme"),
        RoutePattern(method: .post, path: "/workspace/programme"),
        RoutePattern(method: .post, path: "/workspace/reports/:id/publish-version"),
        RoutePattern(method: .post, path: "/workspace/maturity/surveys"),
        RoutePattern(method: .post, path: "/workspace/maturity/surveys/:id/links"),
        RoutePattern(method: .post, path: "/workspace/maturity/surveys/:id/withdraw"),
        RoutePattern(method: .post, path: "/workspace/maturity/scale"),
        RoutePattern(method: .post, path: "/workspace/maturity/import"),
        RoutePattern(method: .post, path: "/workspace/networks"),
        RoutePattern(method: .post, path: "/workspace/networks/:id/links"),
        RoutePattern(method: .post, path: "/workspace/networks/:id/withdraw"),
        RoutePattern(method: .post, path: "/workspace/networks/:id/import"),
        RoutePattern(method: .post, path: "/workspace/networks/:id/delete"),
        RoutePattern(method: .post, path: "/workspace/codes/:id"),
        RoutePattern(method: .post, path: "/workspace/codes/:id/merge"),
        RoutePattern(method: .get, path: "/workspace/codes/:id/delete"),
        RoutePattern(method: .post, path: "/workspace/codes/:id/delete"),
        RoutePattern(method: .get, path: "/workspace/refi/project.qdpx"),
        RoutePattern(method: .put, path: "/workspace/refi/import"),
        RoutePattern(method: .post, path: "/workspace/testimony/:id/safe-labels"),
        RoutePattern(method: .post, path: "/workspace/cases/attributes"),
        RoutePattern(method: .get, path: "/workspace/cases/attributes/:id"),
        RoutePattern(method: .post, path: "/workspace/cases/attributes/:id"),
        RoutePattern(method: .post, path: "/workspace/cases/attributes/:id/delete"),
        RoutePattern(method: .post, path: "/workspace/cases/:id/delete"),
    ]

    /// Workspace writes on one existing thing that a contributor may change only when it is their own draft or
    /// coding (`canEdit`, `canDelete`, `canChange`); the demo's items and codings are nobody's or someone else's.
    /// API writes every workspace user may make, since contributors code alongside evaluators: sent the sweep's
    /// body they are refused as malformed (no name, no passage, no file), never stored.
    static let codingWork: [RoutePattern] = [
        RoutePattern(method: .post, path: "/api/v1/codes"),
        RoutePattern(method: .post, path: "/api/v1/codings"),
        RoutePattern(method: .post, path: "/api/v1/sources"),
        RoutePattern(method: .post, path: "/api/v1/queries/coding"),
        RoutePattern(method: .post, path: "/api/v1/cases"),
        RoutePattern(method: .post, path: "/api/v1/queries/text"),
    ]

    static func othersWork(_ route: RoutePattern) -> Bool {
        let components = route.components
        guard route.method == .post, route.isWorkspace, components.count >= 3, components[2] == ":id" else {
            return false
        }
        let kinds = Set(EntityKind.allCases.map(\.pathSegment))
        let action = components.count == 3 ? "" : components[3...].joined(separator: "/")
        if kinds.contains(components[1]) {
            return ["", "delete", "publish", "unpublish", "transcript", "cues"].contains(action)
        }
        return components[1] == "codings" && ["memo", "delete"].contains(action)
    }

    /// The form most writes are sent with: enough to act if a check were missing (a confirmation, a name).
    static let actingForm: [(String, String)] = [
        ("confirm", "yes"), ("name", "Sweep"), ("email", "sweep@test.threadline"), ("role", "admin"),
        ("password", "a long enough password"),
    ]

    @Test("Every workspace route sends an anonymous visitor to sign in, or refuses them")
    func anonymousWorkspace() async throws {
        try await SecuritySweep.run { sweep in
            let workspace = sweep.routes.filter(\.isWorkspace)
            for (route, reason) in Self.publicWorkspaceRoutes {
                #expect(workspace.contains(route), "allow-listed \(route) (\(reason)) is no longer routed")
                let response = try await sweep.send(route)
                #expect(response.status == .ok, "\(route) is public: \(reason)")
            }
            let guarded = workspace.filter { Self.publicWorkspaceRoutes[$0] == nil }
            // Sanity: the sweep reaches every collection's pages and the workspace's own routes.
            #expect(guarded.count > EntityKind.allCases.count * 8)
            for route in guarded {
                let response = try await sweep.send(route, form: Self.actingForm)
                let refused =
                    SecuritySweep.isSignInRedirect(response) || [.unauthorized, .forbidden].contains(response.status)
                #expect(refused, "anonymous \(route) answered \(SecuritySweep.summary(response))")
            }
        }
    }

    @Test("Every write anywhere refuses a request without a valid session, token or link")
    func anonymousWrites() async throws {
        try await SecuritySweep.run { sweep in
            let writes = sweep.routes.filter(\.isWrite)
            #expect(writes.contains { $0.isAPI } && writes.contains { $0.isWorkspace })
            #expect(writes.contains { $0.isSurveyLink })
            let before = try await StoreTally.of(sweep.hub)
            let credentials: [(String, HTTPFields)] = [
                ("nothing", [:]),
                ("a made-up API token", headers(bearer: SecretToken.generate())),
                (
                    "a made-up session",
                    headers(cookie: "\(AuthenticationMiddleware.cookieName)=\(SecretToken.generate())")
                ),
            ]
            for route in writes {
                for (name, fields) in credentials {
                    // A made-up CSRF token too: without a session it must not count for anything.
                    let response = try await sweep.send(
                        route, headers: fields, form: [("csrf_token", SecretToken.generate())] + Self.actingForm)
                    // A survey link is its own credential: a made-up one names no survey, so 404 is its refusal.
                    let refused =
                        SecuritySweep.isSignInRedirect(response)
                        || [.unauthorized, .forbidden].contains(response.status)
                        || (route.isSurveyLink && response.status == .notFound)
                    #expect(refused, "\(route) with \(name) answered \(SecuritySweep.summary(response))")
                }
            }
            #expect(try await StoreTally.of(sweep.hub) == before)
        }
    }

    @Test("The public survey forms answer 404 for a made-up link")
    func madeUpSurveyLinks() async throws {
        try await SecuritySweep.run { sweep in
            let surveys = sweep.routes.filter(\.isSurveyLink)
            #expect(Set(surveys.map(\.path)) == ["/survey/:token", "/network-survey/:token"])
            for route in surveys {
                for guess in RouteAddresses.Guess.allCases {
                    let path = RouteAddresses.madeUp(guess).path(for: route)
                    let response = try await sweep.send(route, path: path, form: Self.actingForm)
                    #expect(response.status == .notFound, "\(route.method) \(path): \(SecuritySweep.summary(response))")
                }
            }
        }
    }

    @Test("Every workspace write with a session but a missing or wrong CSRF token is refused with 403")
    func csrf() async throws {
        try await SecuritySweep.run { sweep in
            let session = try await WorkspaceSignIn.signIn(sweep.client, as: sweep.hub.editor)
            let writes = sweep.routes.filter { $0.isWrite && $0.isWorkspace }
            #expect(writes.count > EntityKind.allCases.count * 5)
            let before = try await StoreTally.of(sweep.hub)
            let wrong = SecretToken.generate()
            var wrongHeaders = session.formHeaders
            wrongHeaders[AuthenticationMiddleware.csrfHeader] = wrong
            let attempts: [(String, HTTPFields, [(String, String)])] = [
                ("no token", session.formHeaders, Self.actingForm),
                ("a wrong token", wrongHeaders, [("csrf_token", wrong)] + Self.actingForm),
            ]
            for route in writes {
                for (name, fields, form) in attempts {
                    let response = try await sweep.send(route, headers: fields, form: form)
                    #expect(response.status == .forbidden, "\(route) with \(name): \(SecuritySweep.summary(response))")
                }
            }
            // A session cookie alone does not authorise an API write either: the session is ignored, so it is 401.
            for route in sweep.routes where route.isWrite && route.isAPI {
                for (name, fields, form) in attempts {
                    let response = try await sweep.send(route, headers: fields, form: form)
                    #expect(
                        [.unauthorized, .forbidden].contains(response.status),
                        "\(route) with a session and \(name): \(SecuritySweep.summary(response))")
                }
            }
            #expect(try await StoreTally.of(sweep.hub) == before)
            // Nothing signed the editor out (logging out is a write too).
            let workspace = try await sweep.client.execute(uri: "/workspace", method: .get, headers: session.headers)
            #expect(workspace.status == .ok)
        }
    }

    @Test("Admin-only routes refuse editors and contributors; editor-only actions refuse contributors")
    func underPrivilegedSessions() async throws {
        try await SecuritySweep.run { sweep in
            for route in Self.adminOnly + Self.editorOnly {
                #expect(sweep.routes.contains(route), "\(route) is no longer routed; update this list")
            }
            let publishing = sweep.routes.filter {
                $0.isWorkspace && ($0.path.hasSuffix("/:id/publish") || $0.path.hasSuffix("/:id/unpublish"))
            }
            #expect(publishing.count == EntityKind.allCases.count * 2)
            let others = sweep.routes.filter(Self.othersWork)
            #expect(others.count > EntityKind.allCases.count * 4)
            let admin = try await WorkspaceSignIn.signIn(sweep.client, as: sweep.hub.admin)
            let editor = try await WorkspaceSignIn.signIn(sweep.client, as: sweep.hub.editor)
            let contributor = try await WorkspaceSignIn.signIn(sweep.client, as: sweep.hub.contributor)
            let before = try await StoreTally.of(sweep.hub)

            func expectRefused(_ route: RoutePattern, as session: SignedInSession, _ who: String) async throws {
                var fields = route.isWrite ? session.formHeaders : session.headers
                // The QDA import reads its token from a header (its body is the file), the forms from a field.
                fields[AuthenticationMiddleware.csrfHeader] = session.csrfToken
                let response = try await sweep.send(
                    route, headers: fields, form: [("csrf_token", session.csrfToken)] + Self.actingForm)
                #expect(response.status == .forbidden, "\(who) \(route): \(SecuritySweep.summary(response))")
            }
            for route in Self.adminOnly {
                try await expectRefused(route, as: editor, "editor")
                try await expectRefused(route, as: contributor, "contributor")
            }
            for route in Set(Self.editorOnly + publishing + others).sorted() {
                try await expectRefused(route, as: contributor, "contributor")
            }
            // Someone else's API token is not there to delete: the admin's token survives a contributor's attempt.
            let deletion = RoutePattern(method: .post, path: "/workspace/tokens/:id/delete")
            #expect(sweep.routes.contains(deletion))
            let response = try await sweep.send(
                deletion, headers: contributor.formHeaders,
                form: [("csrf_token", contributor.csrfToken), ("confirm", "yes")])
            #expect([.notFound, .forbidden].contains(response.status), "\(SecuritySweep.summary(response))")
            #expect(try await StoreTally.of(sweep.hub) == before)

            // The same routes do serve those allowed (so the refusals above are not every request failing).
            for route in Self.adminOnly where route.method == .get {
                let page = try await sweep.send(route, headers: admin.headers)
                #expect(page.status == .ok, "admin \(route): \(SecuritySweep.summary(page))")
            }
            for route in Self.editorOnly where route.method == .get {
                let page = try await sweep.send(route, headers: editor.headers)
                #expect(page.status == .ok, "editor \(route): \(SecuritySweep.summary(page))")
            }
        }
    }

    @Test("Every API write a contributor's role does not allow is refused with 403")
    func contributorAPIWrites() async throws {
        try await SecuritySweep.run { sweep in
            let token = try await sweep.hub.token(for: sweep.hub.contributor)
            let writes = sweep.routes.filter { $0.isWrite && $0.isAPI }
            #expect(writes.count >= EntityKind.allCases.count * 4)
            let before = try await StoreTally.of(sweep.hub)
            for route in Self.codingWork {
                #expect(writes.contains(route), "\(route) is no longer routed; update this list")
                let response = try await sweep.client.execute(
                    uri: sweep.addresses.path(for: route), method: route.method,
                    headers: headers(bearer: token, contentType: "application/json"),
                    body: ByteBuffer(string: #"{"status": "published"}"#))
                #expect(
                    [.unprocessableContent, .unsupportedMediaType].contains(response.status),
                    "contributor \(route): \(SecuritySweep.summary(response))")
            }
            for route in writes where !Self.codingWork.contains(route) {
                // Creating is a contributor's right, publishing is not: every create asks to publish. The other
                // writes name a demo item, report, wave or testimony that is not the contributor's, or the programme.
                let response = try await sweep.client.execute(
                    uri: sweep.addresses.path(for: route), method: route.method,
                    headers: headers(bearer: token, contentType: "application/json"),
                    body: ByteBuffer(string: #"{"status": "published"}"#))
                #expect(response.status == .forbidden, "contributor \(route): \(SecuritySweep.summary(response))")
            }
            #expect(try await StoreTally.of(sweep.hub) == before)
        }
    }

    @Test("No GET answers 5xx to a crawler's made-up parameters, signed in or not")
    func crawlerSweep() async throws {
        try await SecuritySweep.run { sweep in
            let reads = sweep.routes.filter { !$0.isWrite }
            #expect(reads.count > EntityKind.allCases.count * 5)
            let editor = try await WorkspaceSignIn.signIn(sweep.client, as: sweep.hub.editor)
            for guess in RouteAddresses.Guess.allCases {
                let addresses = RouteAddresses.madeUp(guess)
                for route in reads {
                    let path = addresses.path(for: route)
                    for (who, fields) in [("anonymous", HTTPFields()), ("editor", editor.headers)] {
                        let response = try await sweep.send(route, path: path, headers: fields)
                        #expect(response.status.code < 500, "\(who) \(route.method) \(path): \(response.status)")
                    }
                }
            }
        }
    }
}
