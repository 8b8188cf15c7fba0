import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Maturity workspace")
struct MaturityWorkspaceWebTests {
    @Test("an editor makes a survey and links shown once; a second survey for the same place and year is refused")
    func surveysAndLinks() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let fields = [
                ("place_id", fixture.salford.id.description), ("year", "2024"), ("closes_on", "2024-03-31"),
                ("allows_repeat", "1"),
            ]
            let made = try await client.execute(
                uri: "/workspace/maturity/surveys", method: .post, headers: editor.formHeaders,
                body: editor.form(fields))
            #expect(made.status == .seeOther)
            let survey = try #require(try await hub.store.maturity.surveys().first)
            #expect(survey.year == 2024 && survey.allowsRepeatAnswers && survey.closesOn?.description == "2024-03-31")

            let twice = try await client.execute(
                uri: "/workspace/maturity/surveys", method: .post, headers: editor.formHeaders,
                body: editor.form(fields))
            #expect(twice.status == .unprocessableContent)
            #expect(twice.text.contains("Salford already has a survey for 2024; make more links for that one."))

            let links = try await client.execute(
                uri: "/workspace/maturity/surveys/\(survey.id)/links", method: .post, headers: editor.formHeaders,
                body: editor.form([("count", "3")]))
            #expect(links.status == .ok)
            let shown = links.text.components(separatedBy: "<code class=\"secret\">https://hub.test/survey/")
                .dropFirst()
                .compactMap { $0.split(separator: "<").first.map(String.init) }
            #expect(shown.count == 3)
            for secret in shown {
                #expect(try await hub.store.maturity.survey(forLink: secret)?.survey.id == survey.id)
            }
            let later = try await client.execute(
                uri: "/workspace/maturity/surveys/\(survey.id)", method: .get, headers: editor.headers)
            #expect(later.text.contains("3 links, 0 used"))
            #expect(!later.text.contains(shown[0]))
        }
    }

    @Test("the scale editor saves descriptors, adds a level, and refuses a blank descriptor with the scale's words")
    func scaleEditor() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(uri: "/workspace/maturity/scale", method: .get, headers: editor.headers)
            #expect(page.text.contains("value=\"Not started\""))
            let added = try await client.execute(
                uri: "/workspace/maturity/scale", method: .post, headers: editor.formHeaders,
                body: editor.form([("lowest", "1"), ("descriptor", "Low"), ("descriptor", "High"), ("action", "add")]))
            #expect(added.text.components(separatedBy: "name=\"descriptor\"").count - 1 == 3)
            let blank = try await client.execute(
                uri: "/workspace/maturity/scale", method: .post, headers: editor.formHeaders,
                body: editor.form([("lowest", "1"), ("descriptor", "Low"), ("descriptor", " "), ("action", "save")]))
            #expect(blank.status == .unprocessableContent)
            #expect(blank.text.contains("<a href=\"#level-1\">Level 2 needs a descriptor saying what it means.</a>"))
            #expect(try await hub.store.maturity.scale() == .standard)
            let saved = try await client.execute(
                uri: "/workspace/maturity/scale", method: .post, headers: editor.formHeaders,
                body: editor.form([
                    ("lowest", "1"), ("descriptor", "Low"), ("descriptor", "Middle"), ("descriptor", "High"),
                    ("action", "save"),
                ]))
            #expect(saved.status == .seeOther)
            #expect(try await hub.store.maturity.scale().levels.map(\.descriptor) == ["Low", "Middle", "High"])
        }
    }

    @Test("contributors cannot manage surveys, the scale or imports; the public cannot see results")
    func access() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let survey = try await fixture.survey()
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            for (uri, fields) in [
                ("/workspace/maturity/surveys", [("place_id", fixture.salford.id.description), ("year", "2025")]),
                ("/workspace/maturity/surveys/\(survey.id)/links", [("count", "2")]),
                ("/workspace/maturity/scale", [("descriptor", "A"), ("descriptor", "B")]),
                ("/workspace/maturity/import", [("csv", "respondent,place,year,role,enabler,level")]),
            ] {
                let refused = try await client.execute(
                    uri: uri, method: .post, headers: contributor.formHeaders, body: contributor.form(fields))
                #expect(refused.status == .forbidden, "\(uri)")
            }
            #expect(try await hub.store.maturity.surveys().count == 1)
            #expect(try await hub.store.maturity.linkCounts(of: survey.id).links == 0)
            #expect(try await hub.store.maturity.scale() == .standard)
            let readable = try await client.execute(
                uri: "/workspace/maturity/results", method: .get, headers: contributor.headers)
            #expect(readable.status == .ok)
            for uri in ["/workspace/maturity/results", "/workspace/maturity/places/salford", "/workspace/maturity"] {
                let anonymous = try await client.execute(uri: uri, method: .get)
                #expect(anonymous.status == .seeOther, "\(uri)")
                #expect(anonymous.location?.hasPrefix("/workspace/login") == true)
            }
            // Without the session's token even an editor is refused.
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let forged = try await client.execute(
                uri: "/workspace/maturity/surveys", method: .post, headers: editor.formHeaders,
                body: ByteBuffer(string: HTTPTestText.form([("csrf_token", "x"), ("year", "2025")])))
            #expect(forged.status == .forbidden)
        }
    }

    static let goodCSV = """
        respondent,place,year,role,enabler,level,comment
        1,Salford,2023,Officer,1,1,
        1,Salford,2023,Officer,2,3,"Good, mostly"
        2,salford,2023,Volunteer,Leadership,2,
        3,Salford,2023,Nurse,1,3,
        4,Salford,2023,Manager,1,4,
        4,Salford,2023,Manager,Learning,,
        5,Salford,2024,Officer,1,4,
        6,Salford,2024,Officer,1,3,
        """

    @Test("a good CSV is imported with its counts; bad headers and bad rows are listed by line and import nothing")
    func csvImport() async throws {
        try await withApp(loadDemo: false) { hub, client in
            _ = try await MaturityFixture.make(hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            func post(_ csv: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/workspace/maturity/import", method: .post, headers: editor.formHeaders,
                    body: editor.form([("csv", csv)]))
            }
            let header = try await post("who,place,year,role,enabler,level\n1,Salford,2023,Officer,1,1")
            #expect(header.status == .unprocessableContent)
            #expect(
                header.text.contains(
                    "Line 1: The header&#39;s columns are wrong (missing respondent; not known: “who”)"))
            #expect(header.text.contains("Nothing was imported."))

            let bad = try await post(
                """
                respondent,place,year,role,enabler,level
                1,Salford,2023,Officer,1,3
                1,Salford,2023,Officer,2,6
                2,Nowhere,2023,Officer,1,2
                3,Salford,2023,Officer,7,0
                """)
            #expect(bad.status == .unprocessableContent)
            for message in [
                "Line 3: level 6 is not on the scale (1–5).",
                "Line 4: There is no place “Nowhere”",
                "Line 5: There is no system enabler “7”",
                "Line 5: level 0 is not on the scale (1–5).",
            ] {
                #expect(bad.text.contains(escaped(message)), "\(message)")
            }
            #expect(try await hub.store.maturity.ratings().isEmpty)
            #expect(try await hub.store.maturity.surveys().isEmpty)

            let good = try await post(Self.goodCSV)
            #expect(good.status == .ok)
            #expect(
                good.text.contains(
                    "Read 8 rows of answers. Imported 6 responses with 8 answers; made 2 new surveys."))
            #expect(try await hub.store.maturity.ratings().count == 7)
        }
    }

    @Test("results show medians, quartiles, answers per level, the change in words, a heatmap and a radar chart")
    func results() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let imported = try await client.execute(
                uri: "/workspace/maturity/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("csv", Self.goodCSV)]))
            #expect(imported.status == .ok)
            // The same file again would count every respondent twice: refused by line, nothing added.
            let ratings = try await hub.store.maturity.ratings().count
            let again = try await client.execute(
                uri: "/workspace/maturity/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("csv", Self.goodCSV)]))
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("Line 2: respondent &quot;"))
            #expect(again.text.contains("has already answered the 2023 survey of this place"))
            #expect(try await hub.store.maturity.ratings().count == ratings)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let page = try await client.execute(
                uri: "/workspace/maturity/results?year=2023", method: .get, headers: contributor.headers)
            #expect(page.status == .ok)
            let html = page.text
            // Leadership in Salford, 2023: answers 1, 2, 3, 4.
            #expect(html.contains(escaped("median 2.5 (IQR 1.75–3.25, n 4)")))
            #expect(html.contains("Answers per level: 1: 1, 2: 1, 3: 1, 4: 1, 5: 0"))
            #expect(html.contains(escaped("median 3 (IQR 3–3, n 1)")))
            #expect(html.contains("<td>no ratings</td>"))
            // Learning in 2023 had only a "don't know": no median, but the answer is counted where a reader sees it.
            #expect(html.contains("no ratings<br><span class=\"meta\">\(escaped("Don't know: 1"))</span>"))
            #expect(html.contains("class=\"heatmap-chart median-heatmap\""))
            #expect(
                html.contains(
                    "<title id=\"maturity-heatmap-title\">Median maturity by place and system enabler, 2023</title>"))
            #expect(html.contains("<desc id=\"maturity-heatmap-desc\">"))
            #expect(html.contains("<title>Salford × 1. Leadership: median 2.5, n 4</title>"))

            let change = try await client.execute(
                uri: "/workspace/maturity/results?year=2024&from=2023&to=2024", method: .get,
                headers: contributor.headers)
            #expect(change.text.contains(escaped("median 3.5 (IQR 3.25–3.75, n 2)")))
            #expect(change.text.contains("<td>2.5 (n 4)</td><td>3.5 (n 2)</td><td>up 1</td>"))
            #expect(change.text.contains("<td>3 (n 1)</td><td>no answers</td><td>no answers in 2024</td>"))

            let place = try await client.execute(
                uri: "/workspace/maturity/places/salford?year=2024", method: .get, headers: contributor.headers)
            #expect(place.status == .ok)
            let radar = place.text
            #expect(radar.contains("class=\"radar-chart\""))
            #expect(
                radar.contains("<title id=\"maturity-radar-title\">Median maturity in Salford, 2023 and 2024</title>"))
            #expect(radar.contains("<desc id=\"maturity-radar-desc\">"))
            #expect(radar.contains("stroke-dasharray"))
            #expect(radar.contains("<th scope=\"col\">2023</th><th scope=\"col\">2024</th>"))
            #expect(radar.contains(escaped("median 3.5 (IQR 3.25–3.75, n 2)")))
            _ = fixture
        }
    }
}
