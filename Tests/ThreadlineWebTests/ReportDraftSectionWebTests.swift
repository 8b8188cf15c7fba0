import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// A draft section — often a contributor's — reaches readers only when an editor publishes it, or includes it in a
/// version knowing it is a draft; and a contributor adds sections only to reports of their own.
@Suite("Report sections: drafts stay drafts")
struct ReportDraftSectionWebTests {
    static func area(_ hub: TestHub) async throws -> LearningArea {
        try #require(try await hub.store.learningAreas.all().first)
    }

    /// A draft section in the demo report, as a contributor (or anyone) left it.
    static func draftSection(_ hub: TestHub, by author: User?) async throws -> ReportSection {
        let section = ReportSection(
            id: ReportSection.ID(UUID()), reportID: Report.ID(DemoReport.id), position: 9,
            title: "A half-written thought", learningAreaID: try await area(hub).id, body: "Not ready for readers.",
            authorID: author?.id, createdAt: TestHub.now)
        try await hub.store.reportSections.create(section)
        return section
    }

    @Test("Publishing a new version leaves a draft section out; the manage page says so and offers to include it")
    func editorPublishesWithoutDraft() async throws {
        try await withApp { hub, client in
            let draft = try await Self.draftSection(hub, by: hub.contributor)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let manage = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/manage", method: .get, headers: editor.headers
            ).text
            #expect(manage.contains("<strong>Draft</strong>: not in the next version"))
            #expect(manage.contains("name=\"include_section\" value=\"\(draft.id)\" form=\"publish-version\""))
            #expect(manage.contains("1 section is a draft"))
            let preview = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/preview", method: .get, headers: editor.headers
            ).text
            #expect(!preview.contains("A half-written thought"))

            let published = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/publish-version", method: .post,
                headers: editor.formHeaders, body: editor.form([]))
            #expect(published.status == .seeOther)
            let page = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(!page.contains("A half-written thought"))
            #expect(try await hub.store.reportSections.get(draft.id)?.status == .draft)

            // A draft changed after the page was opened is not included unseen.
            let stale = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/publish-version", method: .post,
                headers: editor.formHeaders,
                body: editor.form([
                    ("include_section", draft.id.description), ("seen_\(draft.id)", "2001-01-01T00:00:00Z"),
                ]))
            #expect(stale.status == .unprocessableContent)
            #expect(stale.text.contains("was changed after this page was opened"))
            #expect(try await hub.store.reportSections.get(draft.id)?.status == .draft)

            // Included on purpose: published with the version, and shown.
            let included = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/publish-version", method: .post,
                headers: editor.formHeaders, body: editor.form([("include_section", draft.id.description)]))
            #expect(included.status == .seeOther)
            #expect(try await hub.store.reportSections.get(draft.id)?.status == .published)
            #expect(try await client.execute(uri: DemoReport.url, method: .get).text.contains("A half-written thought"))
            let after = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/manage", method: .get, headers: editor.headers
            ).text
            #expect(!after.contains("name=\"include_section\""))
        }
    }

    @Test("A report's own Publish button refuses while it has draft sections, naming them; so does the API")
    func publishButtonRefusesDrafts() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let report = Report(
                id: Report.ID(UUID()), title: "A new report", slug: "a-new-report", summary: "New.",
                createdAt: TestHub.now)
            try await hub.store.reports.create(report)
            let section = ReportSection(
                id: ReportSection.ID(UUID()), reportID: report.id, position: 1, title: "First thoughts",
                learningAreaID: try await Self.area(hub).id, body: "Draft text.", createdAt: TestHub.now)
            try await hub.store.reportSections.create(section)
            let refused = try await client.execute(
                uri: "/workspace/reports/\(report.id)/publish", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("This report has 1 draft section (“First thoughts”)"))
            #expect(try await hub.store.reports.get(report.id)?.status == .draft)
            #expect(try await hub.store.reportVersions.latestVersion(of: report.id) == nil)

            let token = try await hub.token(for: hub.editor)
            let api = try await client.execute(
                uri: "/api/v1/reports/\(report.id)", method: .patch,
                headers: headers(bearer: token, contentType: "application/json"),
                body: ByteBuffer(string: #"{"status": "published"}"#))
            #expect(api.status == .conflict)
            #expect(api.text.contains("First thoughts"))
            #expect(try await hub.store.reports.get(report.id)?.status == .draft)
        }
    }

    @Test("The API publishes published sections only, and drafts it names; a section of another report is refused")
    func apiVersions() async throws {
        try await withApp { hub, client in
            let draft = try await Self.draftSection(hub, by: nil)
            let token = try await hub.token(for: hub.editor)
            let path = "/api/v1/reports/\(DemoReport.id)/versions"
            let plain = try await client.execute(uri: path, method: .post, headers: headers(bearer: token))
            #expect(plain.status == .created)
            let sections = try plain.json()["sections"]?.arrayValue ?? []
            #expect(!sections.isEmpty)
            #expect(!sections.contains { $0["id"]?.stringValue == draft.id.description })

            let stranger = try await client.execute(
                uri: path, method: .post, headers: headers(bearer: token, contentType: "application/json"),
                body: ByteBuffer(string: #"{"include_sections": ["\#(UUID().uuidString.lowercased())"]}"#))
            #expect(stranger.status == .unprocessableContent)
            #expect(stranger.text.contains("include_sections[0]"))
            #expect(try await hub.store.reportSections.get(draft.id)?.status == .draft)

            let included = try await client.execute(
                uri: path, method: .post, headers: headers(bearer: token, contentType: "application/json"),
                body: ByteBuffer(string: #"{"include_sections": ["\#(draft.id)"]}"#))
            #expect(included.status == .created)
            #expect(
                (try included.json()["sections"]?.arrayValue ?? []).contains {
                    $0["id"]?.stringValue == draft.id.description
                })
            #expect(try await hub.store.reportSections.get(draft.id)?.status == .published)
        }
    }

    @Test("A contributor adds sections to their own report only, by the form and by the API")
    func contributorSections() async throws {
        try await withApp { hub, client in
            let area = try await Self.area(hub)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let before = try await hub.store.reportSections.all().count
            let refused = try await client.execute(
                uri: "/workspace/report-sections/new", method: .post, headers: contributor.formHeaders,
                body: contributor.form([
                    ("report_id", DemoReport.id), ("position", "9"), ("title", "Slipped in"),
                    ("learning_area_id", area.id.description), ("body", "Text"), ("intent", "save"),
                ]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("This report is someone else&#39;s") || refused.text.contains("someone else"))
            let token = try await hub.token(for: hub.contributor)
            let body = #"""
                {"report_id": "\#(DemoReport.id)", "position": 9, "title": "Slipped in",
                 "learning_area_id": "\#(area.id)", "body": "Text"}
                """#
            let api = try await client.execute(
                uri: "/api/v1/report-sections", method: .post,
                headers: headers(bearer: token, contentType: "application/json"), body: ByteBuffer(string: body))
            #expect(api.status == .forbidden)
            #expect(api.text.contains("report_id"))
            #expect(try await hub.store.reportSections.all().count == before)

            // Their own report takes their sections.
            let own = Report(
                id: Report.ID(UUID()), title: "My notes", slug: "my-notes", summary: "Mine.",
                authorID: hub.contributor.id, createdAt: TestHub.now)
            try await hub.store.reports.create(own)
            let accepted = try await client.execute(
                uri: "/api/v1/report-sections", method: .post,
                headers: headers(bearer: token, contentType: "application/json"),
                body: ByteBuffer(string: body.replacingOccurrences(of: DemoReport.id, with: own.id.description)))
            #expect(accepted.status == .created, "\(accepted.text)")
        }
    }
}
