import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Builds codes, sources and codings for the coding analysis pages through the store.
struct CodingAnalysisFixture {
    let hub: TestHub
    private let ids = RandomIDGenerator()

    var store: ThreadlineStore { hub.store }

    func place(_ name: String) async throws -> Place {
        let place = Place(
            id: ids.next(), name: name, slug: name.lowercased().replacingOccurrences(of: " ", with: "-"),
            createdAt: TestHub.now)
        try await store.places.create(place)
        return place
    }

    func enabler(_ number: Int, _ name: String) async throws -> Enabler {
        let enabler = Enabler(
            id: ids.next(), number: number, name: name, slug: "enabler-\(number)", createdAt: TestHub.now)
        try await store.enablers.create(enabler)
        return enabler
    }

    func story(
        _ title: String, body: String, place: Place? = nil, enabler: Enabler? = nil
    ) async throws -> Story {
        let story = Story(
            id: ids.next(), title: title, slug: title.lowercased().replacingOccurrences(of: " ", with: "-"),
            body: body, placeID: place?.id, enablerID: enabler?.id, createdAt: TestHub.now)
        try await store.stories.create(story)
        return story
    }

    func testimony(_ title: String, durationMs: Int?, cues: [TranscriptCue]) async throws -> Testimony {
        let testimony = Testimony(
            id: ids.next(), title: title, speakerName: "A speaker", speakerRole: "Resident",
            consent: ConsentRecord(givenBy: "A speaker", givenOn: PartialDate("2023-01-01"), scope: .internalOnly),
            durationMs: durationMs, createdAt: TestHub.now)
        try await store.testimonies.create(testimony)
        try await store.transcripts.replace(cues: cues, of: testimony.id, durationFromTranscript: false)
        return testimony
    }

    func code(_ name: String, under parent: Code? = nil) async throws -> Code {
        let code = Code(id: ids.next(), parentID: parent?.id, name: name, createdAt: TestHub.now)
        try await store.coding.save(code)
        return code
    }

    @discardableResult
    func code(
        _ code: Code, _ source: CodingSource, by coder: Coder, _ start: Int, _ end: Int, memo: String = ""
    ) async throws -> Coding {
        let coding = Coding(
            id: ids.next(), codeID: code.id, source: source, coderID: coder.id, start: start, end: end, memo: memo,
            createdAt: TestHub.now)
        return try #require(try await store.coding.add([coding]).first)
    }
}

/// A thousand characters: "0123456789" a hundred times, so every position is easy to read back.
private let thousand = String(repeating: "0123456789", count: 100)

@Suite("CodingAnalysisPages")
struct CodingAnalysisPagesTests {
    @Test("A code's passages show the text around them with the passage marked, its memo, and its source")
    func passagesWithContext() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let salford = try await fixture.place("Salford")
            let trust = try await fixture.enabler(2, "Trust")
            let body = String(repeating: "a", count: 100) + "THE PASSAGE" + String(repeating: "b", count: 100)
            let story = try await fixture.story("Steering group", body: body, place: salford, enabler: trust)
            let code = try await fixture.code("Trust <growing>")
            let coder = try await hub.store.coding.coder(for: hub.editor)
            let coding = try await fixture.code(
                code, CodingSource(story: story.id), by: coder, 100, 111, memo: "Shows \"keeping promises\"")
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/codes/\(code.id)/passages", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("1 passage in 1 source."))
            #expect(html.contains("…" + String(repeating: "a", count: 80) + "<mark>THE PASSAGE</mark>"))
            #expect(html.contains("<mark>THE PASSAGE</mark>" + String(repeating: "b", count: 80) + "…"))
            #expect(!html.contains(String(repeating: "a", count: 81) + "<mark>"))
            #expect(html.contains("href=\"/workspace/coding/story/\(story.id)#coding-\(coding.id)\""))
            #expect(html.contains(escaped("Trust <growing>")))
            #expect(!html.contains("Trust <growing>"))
            #expect(html.contains(escaped("Shows \"keeping promises\"")))
            #expect(html.contains("Place: Salford"))
            #expect(html.contains("System enabler: 2. Trust"))
            #expect(html.contains("Coded by Test editor"))
            #expect(!html.contains("The text has changed since this was coded"))
            #expect(LiveMarkupScanner.problems(in: html).isEmpty)
        }
    }

    @Test("Codes under a code are included only with children=1, and the coder filter keeps one coder's passages")
    func childrenAndCoderFilter() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let story = try await fixture.story("Story", body: "Parent words here. Child words there.")
            let source = CodingSource(story: story.id)
            let parent = try await fixture.code("Parent")
            let child = try await fixture.code("Child", under: parent)
            let editor = try await hub.store.coding.coder(for: hub.editor)
            let contributor = try await hub.store.coding.coder(for: hub.contributor)
            try await fixture.code(parent, source, by: editor, 0, 17)
            try await fixture.code(child, source, by: contributor, 19, 36)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let plain = try await client.execute(
                uri: "/workspace/codes/\(parent.id)/passages", method: .get, headers: session.headers
            ).text
            #expect(plain.contains("<mark>Parent words here</mark>"))
            #expect(!plain.contains("<mark>Child words there</mark>"))
            #expect(plain.contains("1 passage in 1 source."))
            let withChildren = try await client.execute(
                uri: "/workspace/codes/\(parent.id)/passages?children=1", method: .get, headers: session.headers
            ).text
            #expect(withChildren.contains("<mark>Child words there</mark>"))
            #expect(withChildren.contains("<mark>Parent words here</mark>"))
            #expect(withChildren.contains("2 passages in 1 source, including the codes under this one."))
            #expect(withChildren.contains("Parent › Child · Coded by Test contributor"))
            let oneCoder = try await client.execute(
                uri: "/workspace/codes/\(parent.id)/passages?children=1&coder=\(contributor.id)", method: .get,
                headers: session.headers
            ).text
            #expect(oneCoder.contains("<mark>Child words there</mark>"))
            #expect(!oneCoder.contains("<mark>Parent words here</mark>"))
        }
    }

    @Test("A passage whose text was edited since it was coded carries a warning")
    func changedTextWarning() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            var story = try await fixture.story("Story", body: "The council kept its promise.")
            let code = try await fixture.code("Promises")
            let coder = try await hub.store.coding.coder(for: hub.editor)
            try await fixture.code(code, CodingSource(story: story.id), by: coder, 17, 28)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let uri = "/workspace/codes/\(code.id)/passages"
            let before = try await client.execute(uri: uri, method: .get, headers: session.headers).text
            #expect(before.contains("<mark>its promise</mark>"))
            #expect(!before.contains("The text has changed since this was coded"))
            story.body = "The board broke every promise."
            try await hub.store.stories.update(story)
            let after = try await client.execute(uri: uri, method: .get, headers: session.headers).text
            #expect(after.contains("The text has changed since this was coded"))
            #expect(after.contains("When it was coded the passage read: “its promise”"))
        }
    }

    @Test("An unknown code is not found, and signed-out visitors are sent to sign in")
    func unknownCodeAndAnonymous() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let unknown = try await client.execute(
                uri: "/workspace/codes/\(UUID().uuidString.lowercased())/passages", method: .get,
                headers: session.headers)
            #expect(unknown.status == .notFound)
            let garbage = try await client.execute(
                uri: "/workspace/codes/not-a-code/passages", method: .get, headers: session.headers)
            #expect(garbage.status == .notFound)
            for path in ["/workspace/matrices", "/workspace/agreement", "/workspace/matrices?format=csv"] {
                let anonymous = try await client.execute(uri: path, method: .get)
                #expect(anonymous.status == .seeOther, "\(path)")
                #expect(anonymous.location?.hasPrefix("/workspace/login?next=") == true, "\(path)")
                #expect(!anonymous.text.contains("Code"), "\(path)")
            }
        }
    }

    @Test("Code × place and code × enabler matrices: the table's numbers, and the CSV's exact text")
    func placeAndEnablerMatrices() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let salford = try await fixture.place("Salford")
            let bury = try await fixture.place("Bury")
            let trust = try await fixture.enabler(1, "Trust, shared")
            let one = try await fixture.story("One", body: thousand, place: salford, enabler: trust)
            let two = try await fixture.story("Two", body: thousand, place: bury)
            let three = try await fixture.story("Three", body: thousand)
            let parent = try await fixture.code("Power")
            let child = try await fixture.code("Shared", under: parent)
            let coder = try await hub.store.coding.coder(for: hub.editor)
            try await fixture.code(parent, CodingSource(story: one.id), by: coder, 0, 10)
            try await fixture.code(parent, CodingSource(story: one.id), by: coder, 20, 30)
            try await fixture.code(child, CodingSource(story: two.id), by: coder, 0, 10)
            try await fixture.code(child, CodingSource(story: three.id), by: coder, 0, 10)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)

            let page = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=places", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<caption id=\"matrix-places-caption\">"))
            #expect(
                html.contains(
                    "<th scope=\"col\">Code</th><th scope=\"col\">Bury</th><th scope=\"col\">Salford</th>"
                        + "<th scope=\"col\">No place</th>"))
            #expect(html.contains("Power</a></th><td>0</td><td>2</td><td>0</td></tr>"))
            #expect(html.contains("Power › Shared</a></th><td>1</td><td>0</td><td>1</td></tr>"))
            #expect(html.contains("href=\"/workspace/codes/\(child.id)/passages\""))
            #expect(html.contains("<svg"))
            #expect(html.contains("id=\"heatmap-places"))
            #expect(html.contains("href=\"/workspace/matrices?rows=codes&amp;columns=places&amp;format=csv\""))
            #expect(html.contains("aria-current=\"page\">Code × place</a>"))
            #expect(LiveMarkupScanner.problems(in: html).isEmpty)

            let csv = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=places&format=csv", method: .get,
                headers: session.headers)
            #expect(csv.status == .ok)
            #expect(csv.contentType == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"code-by-place.csv\"")
            #expect(csv.text == "Code,Bury,Salford,No place\r\nPower,0,2,0\r\nPower › Shared,1,0,1\r\n")

            let enablers = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=enablers&format=csv", method: .get,
                headers: session.headers)
            #expect(enablers.headers[.contentDisposition] == "attachment; filename=\"code-by-enabler.csv\"")
            #expect(enablers.text == "Code,\"1. Trust, shared\",No enabler\r\nPower,2,0\r\nPower › Shared,0,2\r\n")
        }
    }

    @Test("Co-occurrence counts overlapping codings of two codes in one source, not touching or other sources")
    func coOccurrence() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let one = try await fixture.story("One", body: thousand)
            let two = try await fixture.story("Two", body: thousand)
            let a = try await fixture.code("Alpha")
            let b = try await fixture.code("Beta")
            let editor = try await hub.store.coding.coder(for: hub.editor)
            let contributor = try await hub.store.coding.coder(for: hub.contributor)
            try await fixture.code(a, CodingSource(story: one.id), by: editor, 0, 50)
            try await fixture.code(b, CodingSource(story: one.id), by: contributor, 40, 60)  // overlaps
            try await fixture.code(b, CodingSource(story: one.id), by: editor, 50, 70)  // touches only
            try await fixture.code(b, CodingSource(story: two.id), by: editor, 0, 50)  // other source
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let html = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=codes", method: .get, headers: session.headers
            ).text
            #expect(html.contains("Alpha</a></th><td>1</td><td>1</td></tr>"))
            #expect(html.contains("Beta</a></th><td>1</td><td>3</td></tr>"))
            let csv = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=codes&format=csv", method: .get,
                headers: session.headers)
            #expect(csv.text == "Code,Alpha,Beta\r\nAlpha,1,1\r\nBeta,1,3\r\n")
        }
    }

    @Test("An empty codebook gives a sentence, not a table")
    func emptyCodebook() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let html = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=enablers", method: .get, headers: session.headers
            ).text
            #expect(html.contains("The codebook is empty"))
            #expect(!html.contains("<table"))
        }
    }

    @Test("Agreement for A coding 0–100 and B 50–150 of 1,000 characters: 90.0 %, kappa 0.444, two disagreements")
    func textAgreement() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let story = try await fixture.story("Thousand", body: thousand)
            let code = try await fixture.code("Trust")
            _ = try await fixture.code("Unused")
            let a = try await hub.store.coding.coder(for: hub.editor)
            let b = try await hub.store.coding.coder(for: hub.contributor)
            try await fixture.code(code, CodingSource(story: story.id), by: a, 0, 100)
            try await fixture.code(code, CodingSource(story: story.id), by: b, 50, 150)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            // Only "Trust" chosen: the example on its own.
            let page = try await client.execute(
                uri: "/workspace/agreement?code=\(code.id)", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            let html = page.text
            let pair = [a, b].sorted { $0.name < $1.name }.map(\.name).joined(separator: " and ")
            #expect(html.contains("<th scope=\"row\">\(pair)</th><td>1</td><td>90.0 %</td><td>0.444</td>"))
            #expect(html.contains("<td>50</td><td>50</td><td>50</td><td>850</td><td>1000</td>"))
            #expect(html.contains("<th scope=\"row\">Trust</th><td>90.0 %</td><td>0.444</td><td>0.445</td></tr>"))
            #expect(!html.contains("Unused</th>"))
            #expect(!html.contains("Kappa is undefined"))
            #expect(html.contains(escaped("Krippendorff's alpha (nominal) for all 2 coders: 0.445.")))
            #expect(html.contains("value=\"\(code.id)\" checked"))
            #expect(html.contains("(2 codings)"))
            let disagreements = try #require(html.range(of: "id=\"disagreements\"")).upperBound
            let list = String(html[disagreements...])
            let from = "/workspace/coding/story/\(story.id)"
            #expect(list.contains("href=\"\(from)?from=0&amp;to=50#passage\""))
            #expect(list.contains("href=\"\(from)?from=100&amp;to=150#passage\""))
            let first = String(thousand.prefix(50))
            #expect(list.contains("“\(first)”</a></td><td>Test editor</td><td>Test contributor</td>"))
            #expect(list.contains("</a></td><td>Test contributor</td><td>Test editor</td>"))
            #expect(list.components(separatedBy: "#passage\"").count == 3)
            #expect(LiveMarkupScanner.problems(in: html).isEmpty)

            // Nothing chosen is everything: pooled over both codes there are 2,000 (code, character) units, and
            // for "Unused", which nobody applied, kappa is undefined: "—" with a footnote saying why.
            let all = try await client.execute(uri: "/workspace/agreement", method: .get, headers: session.headers)
                .text
            #expect(all.contains("<td>50</td><td>50</td><td>50</td><td>1850</td><td>2000</td>"))
            #expect(all.contains("<th scope=\"row\">Trust</th><td>90.0 %</td><td>0.444</td><td>0.445</td></tr>"))
            let footnote = "<a href=\"#kappa-undefined-characters\">*</a>"
            #expect(all.contains("<th scope=\"row\">Unused</th><td>100.0 %</td><td>—<sup>\(footnote)</sup></td>"))
            #expect(all.contains("id=\"kappa-undefined-characters\">* Kappa is undefined"))

            // Sources chosen by key (as the form sends them, encoded) are ticked again on the result.
            let chosen = try await client.execute(
                uri: "/workspace/agreement?code=\(code.id)&coder=\(a.id)&coder=\(b.id)"
                    + "&source=story%2F\(story.id)",
                method: .get, headers: session.headers
            ).text
            #expect(chosen.contains("value=\"story/\(story.id)\" checked"))
            #expect(chosen.contains("value=\"\(a.id)\" checked"))
            #expect(chosen.contains("<td>0.444</td>"))
        }
    }

    @Test("Transcript agreement counts milliseconds of the recording; without a duration, the transcript's length")
    func transcriptAgreement() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let cues = [
                TranscriptCue(startMs: 0, endMs: 1_000, text: "First line."),
                TranscriptCue(startMs: 1_000, endMs: 2_000, text: "Second line."),
                TranscriptCue(startMs: 2_000, endMs: 10_000, text: "Third line."),
            ]
            let timed = try await fixture.testimony("Timed", durationMs: 10_000, cues: cues)
            let untimed = try await fixture.testimony("Untimed", durationMs: nil, cues: cues)
            let code = try await fixture.code("Voice")
            let a = try await hub.store.coding.coder(for: hub.editor)
            let b = try await hub.store.coding.coder(for: hub.contributor)
            // A codes the first two lines (0–2,000 ms), B the second only (1,000–2,000 ms).
            try await fixture.code(code, CodingSource(testimony: timed.id), by: a, 0, 24)
            try await fixture.code(code, CodingSource(testimony: timed.id), by: b, 12, 24)
            try await fixture.code(code, CodingSource(testimony: untimed.id), by: a, 0, 11)
            try await fixture.code(code, CodingSource(testimony: untimed.id), by: b, 0, 11)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let html = try await client.execute(uri: "/workspace/agreement", method: .get, headers: session.headers)
                .text
            #expect(html.contains("Transcripts (counted in milliseconds)"))
            #expect(!html.contains("Stories and case studies (counted in characters)"))
            #expect(html.contains("“Untimed”: its recording"))
            // Timed, 10,000 ms: both 1,000, only A 1,000, neither 8,000. Untimed, 10,000 ms by its last line: both
            // 1,000, neither 9,000. Pooled: 2,000 / 1,000 / 17,000 of 20,000 → 95.0 %.
            let onlyFirst = a.name < b.name ? 1000 : 0
            let onlySecond = 1000 - onlyFirst
            #expect(
                html.contains(
                    "<td>2000</td><td>\(onlyFirst)</td><td>\(onlySecond)</td><td>17000</td><td>20000</td>"))
            #expect(html.contains("<td>95.0 %</td>"))
            #expect(html.contains(">0:00–0:01</a>"))
            // The link marks the transcript line the disagreement is in, in characters: "First line." is 0–11.
            #expect(html.contains("href=\"/workspace/coding/testimony/\(timed.id)?from=0&amp;to=11#passage\""))
        }
    }

    @Test("Agreement counts, per pair, only the sources both coders coded; all_sources=1 counts the rest")
    func scopedAgreement() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let shared = try await fixture.story("Shared", body: thousand)
            let onlyA = try await fixture.story("Only one", body: String(repeating: "abcde", count: 100))
            let trust = try await fixture.code("Trust")
            let voice = try await fixture.code("Voice")
            let a = try await hub.store.coding.coder(for: hub.editor)
            let b = try await hub.store.coding.coder(for: hub.contributor)
            let idle = try await hub.store.coding.coder(for: hub.admin)
            // A codes both stories, B only "Shared". On "Shared": Trust 0–100 vs 50–150 (κ 0.444), Voice alike.
            try await fixture.code(trust, CodingSource(story: shared.id), by: a, 0, 100)
            try await fixture.code(voice, CodingSource(story: shared.id), by: a, 0, 100)
            try await fixture.code(trust, CodingSource(story: onlyA.id), by: a, 0, 200)
            try await fixture.code(trust, CodingSource(story: shared.id), by: b, 50, 150)
            try await fixture.code(voice, CodingSource(story: shared.id), by: b, 0, 100)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            func page(_ query: String) async throws -> String {
                let response = try await client.execute(
                    uri: "/workspace/agreement\(query)", method: .get, headers: session.headers)
                #expect(response.status == .ok)
                return response.text
            }
            func comparison(_ html: String) throws -> String {
                let start = try #require(html.range(of: "Coding comparison:")).lowerBound
                let end = try #require(html.range(of: "id=\"disagreements\"")).lowerBound
                return String(html[start..<end])
            }
            let pair = [a, b].sorted { $0.name < $1.name }.map(\.name).joined(separator: " and ")
            let sharedURL = "/workspace/coding/story/\(shared.id)?view=all"

            // By default the pair's pooled figures cover "Shared" only: 1,000 characters for Trust.
            let scoped = try await page("?code=\(trust.id)")
            #expect(scoped.contains("<th scope=\"row\">\(pair)</th><td>1</td><td>90.0 %</td><td>0.444</td>"))
            #expect(scoped.contains("<td>50</td><td>50</td><td>50</td><td>850</td><td>1000</td>"))
            #expect(scoped.contains(escaped("It counts the sources at least two of them coded.")))
            #expect(!scoped.contains("/workspace/coding/story/\(onlyA.id)?from="))
            #expect(LiveMarkupScanner.problems(in: scoped).isEmpty)

            // With all_sources=1, "Only one" counts too: 1,500 characters, A alone coding 200 more.
            let everything = try await page("?code=\(trust.id)&all_sources=1")
            #expect(everything.contains("<th scope=\"row\">\(pair)</th><td>2</td>"))
            #expect(everything.contains("<td>1150</td><td>1500</td>"))
            #expect(everything.contains("id=\"all-sources\" name=\"all_sources\" value=\"1\" checked"))
            #expect(everything.contains("/workspace/coding/story/\(onlyA.id)?view=all"))

            // The coding comparison lists "Shared"'s rows, linked to its coding page showing every coder.
            let all = try await page("")
            let rows = try comparison(all)
            #expect(rows.contains("<table>"))
            #expect(rows.contains("<div class=\"table-wrap\" role=\"region\""))
            #expect(
                rows.contains("<a href=\"\(sharedURL)\">Shared</a></th><td>Trust</td><td>90.0 %</td><td>0.444</td>"))
            #expect(
                rows.contains("<a href=\"\(sharedURL)\">Shared</a></th><td>Voice</td><td>100.0 %</td><td>1.000</td>"))
            #expect(!rows.contains("Only one"))

            // below=0.5 keeps only the rows whose kappa is below 0.5.
            let filteredPage = try await page("?below=0.5")
            let filtered = try comparison(filteredPage)
            #expect(filtered.contains("<td>Trust</td><td>90.0 %</td><td>0.444</td>"))
            #expect(!filtered.contains("<td>Voice</td>"))
            #expect(filteredPage.contains("rows whose kappa is undefined are kept too"))
            #expect(filteredPage.contains("value=\"0.5\""))

            // A threshold that is not a number is named and explained; the rows are then unfiltered.
            let bad = try await page("?below=abc")
            #expect(bad.contains(escaped("“Show where kappa is below” needs a number from 0 to 1, such as 0.6.")))
            #expect(bad.contains("aria-invalid=\"true\""))
            #expect(try comparison(bad).contains("<td>Voice</td>"))
            #expect(LiveMarkupScanner.problems(in: bad).isEmpty)

            // A coder who has coded nothing is not offered.
            #expect(all.contains("name=\"coder\" value=\"\(a.id)\""))
            #expect(all.contains("name=\"coder\" value=\"\(b.id)\""))
            #expect(!all.contains("value=\"\(idle.id)\""))
        }
    }

    @Test("With fewer than two coders the page says agreement needs two")
    func fewerThanTwoCoders() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = CodingAnalysisFixture(hub: hub)
            let story = try await fixture.story("Thousand", body: thousand)
            let code = try await fixture.code("Trust")
            let a = try await hub.store.coding.coder(for: hub.editor)
            let b = try await hub.store.coding.coder(for: hub.contributor)
            try await fixture.code(code, CodingSource(story: story.id), by: a, 0, 100)
            try await fixture.code(code, CodingSource(story: story.id), by: b, 50, 150)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let html = try await client.execute(
                uri: "/workspace/agreement?coder=\(a.id)", method: .get, headers: session.headers
            ).text
            #expect(html.contains("so it needs at least two coders; only Test editor is chosen."))
            #expect(!html.contains("0.444"))
            #expect(!html.contains("id=\"disagreements\""))
        }
    }
}
