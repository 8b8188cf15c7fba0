import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Audit trail pages")
struct AuditWebTests {
    @Test("An editor's change through the workspace shows on the admin's page, escaped, and filters narrow it")
    func adminSeesAndFilters() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let stockport = try await hub.place("stockport")
            let title = "<script>alert('audit')</script> Walking groups"
            let created = try await client.execute(
                uri: "/workspace/stories/new", method: .post, headers: editor.formHeaders,
                body: editor.form(WorkspaceTests.storyForm(title: title, slug: "walking-audit", placeID: stockport.id)))
            #expect(created.status == .seeOther)
            let id = try WorkspaceTests.savedID(created)

            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let page = try await client.execute(
                uri: "/workspace/audit?actor=\(hub.editor.email)&kind=story", method: .get, headers: admin.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("<caption>Audit events</caption>"))
            #expect(page.text.contains(escaped("Created the story “\(title)”.")))
            #expect(!page.text.contains("<script>alert('audit')"))
            #expect(page.text.contains("href=\"/workspace/stories/\(id)\""))
            #expect(page.text.contains("Events 1–1 of 1, newest first."))
            #expect(page.text.contains("href=\"/workspace/audit\" aria-current=\"page\""))

            // The admin's own sign-in is recorded under their name; another actor's filter hides the story.
            let signIns = try await client.execute(
                uri: "/workspace/audit?action=signed%20in&actor=\(hub.admin.email)", method: .get,
                headers: admin.headers)
            #expect(signIns.text.contains("\(hub.admin.email) signed in."))
            #expect(!signIns.text.contains(escaped(title)))

            // Editors see no link to the trail.
            let dashboard = try await client.execute(uri: "/workspace", method: .get, headers: editor.headers)
            #expect(!dashboard.text.contains("/workspace/audit"))
        }
    }

    @Test("Editors are refused; anonymous visitors are sent to sign in")
    func access() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            for uri in ["/workspace/audit", "/workspace/audit.csv"] {
                let refused = try await client.execute(uri: uri, method: .get, headers: editor.headers)
                #expect(refused.status == .forbidden, "\(uri)")
                let anonymous = try await client.execute(uri: uri, method: .get)
                #expect(anonymous.status == .seeOther)
                #expect(anonymous.location == "/workspace/login?next=\(uri)")
            }
        }
    }

    @Test("A failed sign-in through the form names the email tried, and pages link on")
    func failedSignInAndPaging() async throws {
        try await withApp { hub, client in
            let login = try await WorkspaceSignIn.loginForm(client)
            let failed = try await client.execute(
                uri: "/workspace/login", method: .post, headers: login.headers,
                body: login.body(email: hub.editor.email, password: "not the password at all"))
            #expect(failed.status == .unauthorized)
            let events = try await hub.store.audit.list(AuditQuery(action: .signInFailed)).items
            #expect(events.map(\.entityID) == [hub.editor.id.description])
            #expect(events.first?.actor == "anonymous")

            try await AuditActor.$current.withValue(.commandLine) {
                for number in 1...60 { try await hub.store.places.create(Self.place(number)) }
            }
            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let first = try await client.execute(
                uri: "/workspace/audit?actor=command%20line", method: .get, headers: admin.headers)
            #expect(first.text.contains("Events 1–50 of 60, newest first."))
            #expect(first.text.contains("href=\"/workspace/audit?actor=command%20line&amp;page=2\""))
            let second = try await client.execute(
                uri: "/workspace/audit?actor=command%20line&page=2", method: .get, headers: admin.headers)
            #expect(second.text.contains("Events 51–60 of 60, newest first."))
            #expect(second.text.contains("rel=\"prev\""))
            #expect(!second.text.contains("rel=\"next\""))
        }
    }

    @Test("A malformed filter names its field instead of failing")
    func badFilter() async throws {
        try await withApp { hub, client in
            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let page = try await client.execute(
                uri: "/workspace/audit?from=2026-02-30&action=exploded", method: .get, headers: admin.headers)
            #expect(page.status == .badRequest)
            #expect(page.text.contains("From: give a date as YYYY-MM-DD"))
            #expect(page.text.contains("Action: choose one of the listed actions."))
            #expect(page.text.contains("href=\"#audit-from\""))
            let csv = try await client.execute(
                uri: "/workspace/audit.csv?to=yesterday", method: .get, headers: admin.headers)
            #expect(csv.status == .badRequest)
            #expect(csv.text.contains("To: give a date as YYYY-MM-DD"))
        }
    }

    @Test("The CSV holds the filtered events with formula-like cells defused")
    func csvExport() async throws {
        try await withApp { hub, client in
            let formula = AuditActor(userID: nil, label: "=HYPERLINK(\"http://evil.example\")")
            try await AuditActor.$current.withValue(formula) {
                try await hub.store.places.create(Self.place(1))
            }
            let admin = try await WorkspaceSignIn.signIn(client, as: hub.admin)
            let response = try await client.execute(
                uri: "/workspace/audit.csv?kind=place", method: .get, headers: admin.headers)
            #expect(response.status == .ok)
            #expect(response.contentType == "text/csv; charset=utf-8")
            let lines = response.text.split(separator: "\r\n")
            #expect(lines.first == "when,actor,actor_id,action,entity_kind,entity_id,summary,changes")
            #expect(lines.count == 2)
            #expect(lines.last?.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",,created,place,") == true)
            #expect(lines.last?.contains("name: (none) → Audit place 1") == true)
        }
    }

    private static func place(_ number: Int) -> Place {
        Place(
            id: Place.ID(UUID()), name: "Audit place \(number)", slug: "audit-place-\(number)", summary: "",
            body: "", createdAt: TestHub.now)
    }
}
