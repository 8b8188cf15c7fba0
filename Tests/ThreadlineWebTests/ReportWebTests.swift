import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// The demo report: its address and IDs.
enum DemoReport {
    static let slug = "local-pilot-learning-october-2022"
    static let url = "/reports/\(slug)"
    static let id = "00000000-0000-4000-8000-000000000a01"
    static let trustSection = "00000000-0000-4000-8000-000000000a12"
    static let caseStudy = "/case-studies/salford-community-leisure-and-youth-service-deep-dive"
    static let story = "/stories/stockport-closes-its-local-pilot-steering-group"
}

@Suite("Reports on the public site")
struct ReportWebTests {
    @Test("The report page plays its clip within the range, with quote, attribution, cards, journey and questions")
    func reportPage() async throws {
        try await withApp { _, client in
            let page = try await client.execute(uri: DemoReport.url, method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1 id=\"page-title\">What the Local Pilot learned by October 2022</h1>"))
            #expect(html.contains("April 2021 – October 2022"))
            #expect(html.contains("By Local Pilot evaluation team and Programme evidence lead"))
            #expect(html.contains("Version 1, published"))
            let section = try #require(htmlSection(html, id: "section-2"))
            #expect(section.contains("Trust grows when partners see each other do what they said they would."))
            #expect(section.contains("Youth worker, Salford"))
            #expect(section.contains("data-start=\"24.601\" data-end=\"30.03\""))
            #expect(section.contains("/recording#t=24.601,30.03"))
            #expect(section.contains("kind=\"captions\""))
            #expect(section.contains("href=\"\(DemoReport.caseStudy)\""))
            #expect(section.contains("<h3>Questions you could consider</h3>"))
            #expect(section.contains("href=\"#s2-fn-1\""))
            // {{questions}} placed the block before the footnotes, and only once.
            #expect(section.components(separatedBy: "Questions you could consider").count == 2)
            let first = try #require(htmlSection(html, id: "section-1"))
            #expect(first.contains("role=\"img\""))
            // The place page's infographic, wide and tall, its ids made the embed's own.
            #expect(first.contains("class=\"journey-infographic journey-horizontal\""))
            #expect(first.contains("class=\"journey-infographic journey-vertical\""))
            #expect(first.contains("id=\"journey-s1-e0-wide-title\""))
            #expect(first.contains("id=\"journey-s1-e0-narrow-title\""))
            #expect(!first.contains("journey-chart"))
            #expect(first.contains("<summary>The milestones as a list</summary>"))
            #expect(first.contains("href=\"\(DemoReport.story)\""))
            #expect(!html.contains("{{"))
            #expect(!html.contains("\u{E010}"))

            let evidence = try #require(htmlSection(html, id: "evidence-cited"))
            #expect(evidence.contains("href=\"/clips/\(DemoIDs.clip)\""))
            #expect(evidence.contains("href=\"\(DemoReport.story)\""))
            #expect(evidence.contains("href=\"\(DemoReport.caseStudy)\""))
            #expect(evidence.contains("href=\"/places/stockport\""))
            #expect(evidence.contains("href=\"\(DemoReport.url)#section-2\""))

            let list = try await client.execute(uri: "/reports", method: .get)
            #expect(list.text.contains("href=\"\(DemoReport.url)\""))
            #expect(list.text.contains("aria-current=\"page\">Reports</a>"))
        }
    }

    @Test("Evidence pages list the report passages that cite them, and stop when the report is unpublished")
    func backlinks() async throws {
        try await withApp { hub, client in
            let link = "href=\"\(DemoReport.url)#section-2\""
            for path in ["/clips/\(DemoIDs.clip)", "/testimony/\(DemoIDs.testimony)", DemoReport.caseStudy] {
                let page = try await client.execute(uri: path, method: .get)
                let cited = try #require(htmlSection(page.text, id: "cited-in-title"), "no backlinks on \(path)")
                #expect(cited.contains(link), "\(path)")
                #expect(cited.contains("What the Local Pilot learned by October 2022"))
            }
            let story = try await client.execute(uri: DemoReport.story, method: .get)
            #expect(story.text.contains("href=\"\(DemoReport.url)#section-1\""))

            var report = try #require(try await hub.store.reports.get(slug: DemoReport.slug))
            report.status = .draft
            try await hub.store.reports.update(report)
            #expect(try await client.execute(uri: DemoReport.url, method: .get).status == .notFound)
            let clip = try await client.execute(uri: "/clips/\(DemoIDs.clip)", method: .get)
            #expect(!clip.text.contains("cited-in-title"))
            #expect(!(try await client.execute(uri: "/reports", method: .get)).text.contains(DemoReport.url))
        }
    }

    @Test(
        "Testimony has a public index and is listed on its place's page, as consent allows, here and in the static site"
    )
    func testimonyIndex() async throws {
        try await withApp { hub, client in
            let index = try await client.execute(uri: "/testimony", method: .get)
            #expect(index.status == .ok)
            #expect(index.text.contains("href=\"/testimony/\(DemoIDs.testimony)\""))
            #expect(index.text.contains("(Youth worker, Salford)") || index.text.contains("Youth worker, Salford"))
            let place = try await client.execute(uri: "/places/salford", method: .get)
            #expect(place.text.contains("href=\"/testimony/\(DemoIDs.testimony)\""))

            var testimony = try #require(try await hub.store.testimonies.get(Testimony.ID(DemoIDs.testimony)!))
            testimony.consentWithdrawnOn = PartialDate("2023-06-01")
            try await hub.store.testimonies.update(testimony)
            let after = try await client.execute(uri: "/testimony", method: .get)
            #expect(!after.text.contains(DemoIDs.testimony), "withdrawn testimony is still listed")
            #expect(after.text.contains("No testimony is public yet."))
            let placeAfter = try await client.execute(uri: "/places/salford", method: .get)
            #expect(!placeAfter.text.contains("/testimony/\(DemoIDs.testimony)"))
        }
    }

    @Test("A clip's player says the clip's length before it is played, and the report's player loads its length")
    func clipLengthBeforePlaying() async throws {
        try await withApp { _, client in
            let clip = try await client.execute(uri: "/clips/\(DemoIDs.clip)", method: .get).text
            #expect(clip.contains("<figcaption>Clip, 0:05 long: 0:24 to 0:30 of the recording."), "\(clip)")
            #expect(clip.contains("preload=\"metadata\""))
            let report = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(report.contains("data-clip-player"))
            #expect(!report.contains("preload=\"none\""))
        }
    }

    @Test("Withdrawn consent takes the clip out of the report at once: no quote, no recording, not in the evidence")
    func withdrawnClip() async throws {
        try await withApp { hub, client in
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            var testimony = try #require(try await hub.store.testimonies.get(id))
            testimony.consentWithdrawnOn = PartialDate("2023-06-01")
            try await hub.store.testimonies.update(testimony)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let manage = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/manage", method: .get, headers: session.headers)
            #expect(
                manage.text.contains(
                    "{{clip \(DemoIDs.clip)}} is not shown to the public: consent to the testimony was withdrawn."))
            let html = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(!html.contains("Trust grows when partners see each other"))
            #expect(!html.contains("/recording"))
            #expect(!html.contains(DemoIDs.clip))
            #expect(html.contains("This evidence is not available to the public."))
            let evidence = try #require(htmlSection(html, id: "evidence-cited"))
            #expect(!evidence.contains("Testimony clip"))
        }
    }

    @Test("Readers see the published version until the report is published again; editors compare versions")
    func versions() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let sectionID = try #require(ReportSection.ID(DemoReport.trustSection))
            let section = try #require(try await hub.store.reportSections.get(sectionID))
            let edited = try await client.execute(
                uri: "/workspace/report-sections/\(sectionID)", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("report_id", DemoReport.id), ("position", "2"), ("title", "Trust is built by keeping promises"),
                    ("learning_area_id", section.learningAreaID?.description ?? ""),
                    ("body", "A rewritten passage about promises.\n\n{{clip \(DemoIDs.clip)}}"),
                    ("questions", "What promise will you keep?"), ("intent", "save"),
                ]))
            #expect(edited.status == .seeOther)
            var html = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(html.contains("Trust is built by keeping small promises"))
            #expect(!html.contains("A rewritten passage"))

            let manage = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/manage", method: .get, headers: session.headers)
            #expect(manage.text.contains("The sections have changed since the last version."))
            let preview = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/preview", method: .get, headers: session.headers)
            #expect(preview.text.contains("A rewritten passage"))
            #expect(preview.text.contains("Preview: this is how the report will read"))

            let published = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/publish-version", method: .post,
                headers: session.formHeaders, body: session.form([]))
            #expect(published.status == .seeOther)
            #expect(published.location == "/workspace/reports/\(DemoReport.id)/manage?published=2")
            html = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(html.contains("A rewritten passage about promises."))
            #expect(html.contains("Version 2, published"))

            let compare = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/compare?from=1&to=2", method: .get,
                headers: session.headers)
            #expect(compare.status == .ok)
            let diff = compare.text
            #expect(
                diff.contains(
                    "<ins><span class=\"visually-hidden\">Added: </span>A rewritten passage about promises.</ins>"))
            #expect(
                diff.contains(
                    "<del><span class=\"visually-hidden\">Removed: </span>Heading: Trust is built by keeping small promises</del>"
                ))
            #expect(
                diff.contains(
                    "Section: Community leadership needs room and a budget <span class=\"meta\">(Unchanged)</span>"))
            let missing = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/compare?from=1&to=9", method: .get,
                headers: session.headers)
            #expect(missing.status == .notFound)
        }
    }

    @Test("Contributors cannot publish a version; a forged form without the token is refused")
    func publishingRights() async throws {
        try await withApp { hub, client in
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let refused = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/publish-version", method: .post,
                headers: contributor.formHeaders, body: contributor.form([]))
            #expect(refused.status == .forbidden)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let forged = try await client.execute(
                uri: "/workspace/reports/\(DemoReport.id)/publish-version", method: .post,
                headers: editor.formHeaders, body: ByteBuffer(string: "csrf_token=wrong"))
            #expect(forged.status == .forbidden)
            let id = try #require(Report.ID(DemoReport.id))
            #expect(try await hub.store.reportVersions.versions(of: id).count == 1)
        }
    }

    @Test("A section with an unreadable embed is refused with its line; nothing is saved")
    func badEmbed() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let area = try #require(try await hub.store.learningAreas.all().first)
            let before = try await hub.store.reportSections.all().count
            let response = try await client.execute(
                uri: "/workspace/report-sections/new", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("report_id", DemoReport.id), ("position", "4"), ("title", "More"),
                    ("learning_area_id", area.id.description), ("body", "Text\n{{clip nope}}"), ("intent", "save"),
                ]))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Line 2: &quot;nope&quot; is not a clip ID"))
            #expect(try await hub.store.reportSections.all().count == before)
        }
    }

    @Test("The new-section form starts with the report and position from its link; the live preview renders embeds")
    func authoring() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let form = try await client.execute(
                uri: "/workspace/report-sections/new?report_id=\(DemoReport.id)&position=4", method: .get,
                headers: session.headers)
            #expect(form.text.contains("<option value=\"\(DemoReport.id)\" selected"))
            #expect(form.text.contains("name=\"position\" value=\"4\""))
            #expect(form.text.contains("data-live-preview=\"/workspace/report-preview\""))

            let preview = try await client.execute(
                uri: "/workspace/report-preview", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("body", "Intro **bold**\n{{clip \(DemoIDs.clip)}}\n{{story no-such-story}}\n{{clip 12}}"),
                    ("questions", "Why?"),
                ]))
            #expect(preview.status == .ok)
            let html = preview.text
            #expect(html.contains("<strong>bold</strong>"))
            #expect(html.contains("Trust grows when partners see each other"))
            #expect(html.contains("This evidence is not available to the public."))
            #expect(html.contains("Line 4: &quot;12&quot; is not a clip ID"))
            #expect(html.contains("<li>Why?</li>"))

            let forged = try await client.execute(
                uri: "/workspace/report-preview", method: .post, headers: session.formHeaders,
                body: ByteBuffer(string: "body=x"))
            #expect(forged.status == .forbidden)
        }
    }

    @Test("Report sections are never public on their own; the API lists only published reports")
    func api() async throws {
        try await withApp { _, client in
            let sections = try await client.execute(uri: "/api/v1/report-sections", method: .get)
            #expect(sections.status == .ok)
            #expect(try sections.json()["items"]?.arrayValue?.isEmpty == true)
            let reports = try await client.execute(uri: "/api/v1/reports", method: .get)
            #expect(try reports.json()["items"]?.arrayValue?.count == 1)
        }
    }
}

@Suite("Evidence tools in the workspace")
struct EvidenceWorkspaceTests {
    @Test("The coverage grid counts evidence per enabler and place and names the empty cells")
    func coverage() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(uri: "/workspace/coverage", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<caption>Evidence by system enabler (rows) and place (columns)</caption>"))
            #expect(html.contains("<th scope=\"col\">Salford</th>"))
            #expect(html.contains("class=\"empty\">No evidence</td>"))
            #expect(html.contains("1 of 1 testimony cited"))
            let enablers = try await hub.store.enablers.all().count
            let places = try await hub.store.places.all().count
            #expect(html.contains("of \(enablers * places) cells have no evidence."))
            let anonymous = try await client.execute(uri: "/workspace/coverage", method: .get)
            #expect(anonymous.status == .seeOther)
        }
    }

    @Test("The clip picker finds testimony, makes a clip from two transcript lines and gives its embed code")
    func clipPicker() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let search = try await client.execute(
                uri: "/workspace/clip-picker?q=trust", method: .get, headers: session.headers)
            #expect(search.status == .ok)
            #expect(search.text.contains("href=\"/workspace/clip-picker/\(DemoIDs.testimony)"))

            let range = try await client.execute(
                uri: "/workspace/clip-picker/\(DemoIDs.testimony)", method: .get, headers: session.headers)
            #expect(range.text.contains("name=\"start\" value=\"0\""))
            let before = try await hub.store.clips.all().count

            let backwards = try await client.execute(
                uri: "/workspace/clip-picker/\(DemoIDs.testimony)", method: .post, headers: session.formHeaders,
                body: session.form([("title", "Backwards"), ("start", "2"), ("end", "1")]))
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.text.contains("The clip must end at or after the line it starts at."))
            #expect(try await hub.store.clips.all().count == before)

            let made = try await client.execute(
                uri: "/workspace/clip-picker/\(DemoIDs.testimony)", method: .post, headers: session.formHeaders,
                body: session.form([("title", "Opening words"), ("start", "0"), ("end", "1")]))
            #expect(made.status == .seeOther)
            let location = try #require(made.location)
            let clipID = try #require(Clip.ID(String(location.split(separator: "=").last ?? "")))
            let clip = try #require(try await hub.store.clips.get(clipID))
            let cues = try await hub.store.transcripts.cues(of: try #require(clip.testimonyID))
            #expect(clip.startMs == cues[0].startMs)
            #expect(clip.endMs == cues[1].endMs)
            let shown = try await client.execute(uri: location, method: .get, headers: session.headers)
            #expect(shown.text.contains("value=\"{{clip \(clipID)}}\""))
        }
    }
}

@Suite("Reports over time")
struct ReportTimeTests {
    @Test("A cached report page stops quoting testimony the day after its consent ends, with no write in between")
    func consentEndsOvernight() async throws {
        let hub = try await TestHub.make()
        try await hub.store.closing {
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            var testimony = try #require(try await hub.store.testimonies.get(id))
            testimony.consentExpiresOn = PartialDate(dayOf: TestHub.now.addingTimeInterval(86_400))
            try await hub.store.testimonies.update(testimony)
            let clock = AdjustableTimeSource(TestHub.now)
            var dependencies = hub.dependencies
            dependencies.time = clock
            let app = Application(router: try await ThreadlineApplication.router(dependencies))
            try await app.test(.router) { client in
                let quote = "Trust grows when partners see each other"
                let before = try await client.execute(uri: DemoReport.url, method: .get).text
                #expect(before.contains(quote))
                clock.advance(by: 3 * 86_400)
                let after = try await client.execute(uri: DemoReport.url, method: .get).text
                #expect(!after.contains(quote))
            }
        }
    }
}

@Suite("Searching reports")
struct ReportSearchTests {
    @Test("Readers find a report by the words of its published version, not by words still being edited")
    func publishedWordsOnly() async throws {
        try await withApp { hub, client in
            let found = try await client.execute(uri: "/search?q=%22small+promises%22&kind=reports", method: .get)
            #expect(found.text.contains("href=\"\(DemoReport.url)\""))

            let sectionID = try #require(ReportSection.ID(DemoReport.trustSection))
            var section = try #require(try await hub.store.reportSections.get(sectionID))
            section.body = "Unpublished thoughts about zeppelins."
            try await hub.store.reportSections.update(section)
            let early = try await client.execute(uri: "/api/v1/search?q=zeppelins", method: .get)
            #expect(try early.json()["total"]?.intValue == 0)

            let report = try #require(Report.ID(DemoReport.id))
            _ = try await hub.store.reportVersions.publish(report, by: nil, at: TestHub.now)
            let published = try await client.execute(uri: "/api/v1/search?q=zeppelins", method: .get)
            #expect(try published.json()["total"]?.intValue == 1)
            #expect(try published.json()["items"]?.arrayValue?.first?["url"]?.stringValue == DemoReport.url)

            var draft = try #require(try await hub.store.reports.get(report))
            draft.status = .draft
            try await hub.store.reports.update(draft)
            let hidden = try await client.execute(uri: "/api/v1/search?q=zeppelins", method: .get)
            #expect(try hidden.json()["total"]?.intValue == 0)
        }
    }
}

@Suite("Reports: what stays unpublished")
struct ReportDraftTests {
    @Test("Saving a published report's details publishes nothing new; its sections' edits wait for a new version")
    func savingDoesNotPublish() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let sectionID = try #require(ReportSection.ID(DemoReport.trustSection))
            var section = try #require(try await hub.store.reportSections.get(sectionID))
            section.body = "Words nobody has published yet."
            try await hub.store.reportSections.update(section)
            let reportID = try #require(Report.ID(DemoReport.id))
            var report = try #require(try await hub.store.reports.get(reportID))
            report.title = "A title nobody has published yet"
            try await hub.store.reports.update(report)
            #expect(try await hub.store.reportVersions.versions(of: reportID).count == 1)

            let page = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(!page.contains("Words nobody has published yet."))
            #expect(!page.contains("A title nobody has published yet"))
            let list = try await client.execute(uri: "/reports", method: .get).text
            #expect(list.contains("What the Local Pilot learned by October 2022"))
            #expect(!list.contains("A title nobody has published yet"))
            let clip = try await client.execute(uri: "/clips/\(DemoIDs.clip)", method: .get).text
            #expect(!clip.contains("A title nobody has published yet"))
            let api = try await client.execute(uri: "/api/v1/reports/\(DemoReport.id)", method: .get)
            #expect(try api.json()["title"]?.stringValue == "What the Local Pilot learned by October 2022")
            let list2 = try await client.execute(uri: "/api/v1/reports", method: .get)
            #expect(
                try list2.json()["items"]?.arrayValue?.first?["title"]?.stringValue
                    == "What the Local Pilot learned by October 2022")
            let signedIn = try await client.execute(
                uri: "/api/v1/reports/\(DemoReport.id)", method: .get, headers: session.headers)
            #expect(try signedIn.json()["title"]?.stringValue == "A title nobody has published yet")
            let search = try await client.execute(uri: "/api/v1/search?q=%22nobody+has+published%22", method: .get)
            #expect(try search.json()["total"]?.intValue == 0)
        }
    }

    @Test("Two sections of a report cannot share a position; a contributor's picked clip is a draft")
    func positionsAndDraftClips() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let area = try #require(try await hub.store.learningAreas.all().first)
            let clash = try await client.execute(
                uri: "/workspace/report-sections/new", method: .post, headers: editor.formHeaders,
                body: editor.form([
                    ("report_id", DemoReport.id), ("position", "2"), ("title", "Another"),
                    ("learning_area_id", area.id.description), ("body", "Text"), ("intent", "save"),
                ]))
            #expect(clash.status == .unprocessableContent)
            #expect(clash.text.contains("is already at position 2 of this report"))

            // A contributor clips testimony of their own places only: give them the testimony's place.
            let testimonyID = try #require(Testimony.ID(DemoIDs.testimony))
            let testimony = try #require(try await hub.store.testimonies.get(testimonyID))
            let salford = try await hub.place("salford")
            let place = testimony.placeID ?? salford.id
            try await hub.store.users.setPlaces([place], of: hub.contributor.id)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let made = try await client.execute(
                uri: "/workspace/clip-picker/\(DemoIDs.testimony)", method: .post,
                headers: contributor.formHeaders,
                body: contributor.form([("title", "A contributor's pick"), ("start", "0"), ("end", "0")]))
            #expect(made.status == .seeOther)
            let id = try #require(Clip.ID(String((made.location ?? "").split(separator: "=").last ?? "")))
            #expect(try await hub.store.clips.get(id)?.status == .draft)
            #expect(try await client.execute(uri: "/clips/\(id)", method: .get).status == .notFound)
        }
    }

    @Test("Marker characters written as character references do not repeat an embed")
    func forgedMarkerReferences() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let preview = try await client.execute(
                uri: "/workspace/report-preview", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("body", "&#xE010;0&#xE011;\n\n> &#xE010;0&#xE011;\n\n{{clip \(DemoIDs.clip)}}")
                ]))
            #expect(preview.text.components(separatedBy: "class=\"clip-embed\"").count == 2)
            #expect(!preview.text.contains("\u{E010}"))
        }
    }
}

@Suite("Report versions through the API")
struct ReportVersionAPITests {
    @Test("Token holders list and read versions; editors publish a new one; the public and contributors cannot")
    func versions() async throws {
        try await withApp { hub, client in
            let anonymous = try await client.execute(uri: "/api/v1/reports/\(DemoReport.id)/versions", method: .get)
            #expect(anonymous.status == .unauthorized)
            let editor = try await hub.token(for: hub.editor)
            let list = try await client.execute(
                uri: "/api/v1/reports/\(DemoReport.id)/versions", method: .get, headers: headers(bearer: editor))
            #expect(try list.json()["items"]?.arrayValue?.compactMap { $0["number"]?.intValue } == [1])
            let first = try await client.execute(
                uri: "/api/v1/reports/\(DemoReport.id)/versions/1", method: .get, headers: headers(bearer: editor))
            #expect(try first.json()["sections"]?.arrayValue?.count == 3)
            #expect(try first.json()["report"]?["author_id"] == nil || first.json()["report"]?["author_id"] == .null)

            let sectionID = try #require(ReportSection.ID(DemoReport.trustSection))
            var section = try #require(try await hub.store.reportSections.get(sectionID))
            section.title = "Promises, kept"
            try await hub.store.reportSections.update(section)
            let contributor = try await hub.token(for: hub.contributor)
            let refused = try await client.execute(
                uri: "/api/v1/reports/\(DemoReport.id)/versions", method: .post, headers: headers(bearer: contributor))
            #expect(refused.status == .forbidden)
            let published = try await client.execute(
                uri: "/api/v1/reports/\(DemoReport.id)/versions", method: .post, headers: headers(bearer: editor))
            #expect(published.status == .created)
            #expect(try published.json()["number"]?.intValue == 2)
            let page = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(page.contains("Promises, kept"))
            let missing = try await client.execute(
                uri: "/api/v1/reports/\(DemoReport.id)/versions/7", method: .get, headers: headers(bearer: editor))
            #expect(missing.status == .notFound)
        }
    }
}
