import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// A place, three enablers and a survey, made through the store, for the maturity pages.
struct MaturityFixture {
    let hub: TestHub
    let salford: Place
    let enablers: [Enabler]

    static func make(_ hub: TestHub) async throws -> MaturityFixture {
        let ids = RandomIDGenerator()
        let salford = Place(id: ids.next(), name: "Salford", slug: "salford", createdAt: TestHub.now)
        try await hub.store.places.create(salford)
        var enablers: [Enabler] = []
        for (number, name) in [(1, "Leadership"), (2, "Trust <between> partners"), (3, "Learning")] {
            let enabler = Enabler(
                id: ids.next(), number: number, name: name, slug: "enabler-\(number)", status: .published,
                createdAt: TestHub.now)
            try await hub.store.enablers.create(enabler)
            enablers.append(enabler)
        }
        // A draft enabler is not the public's to rate: the form leaves it out.
        try await hub.store.enablers.create(
            Enabler(id: ids.next(), number: 4, name: "Unannounced", slug: "enabler-4", createdAt: TestHub.now))
        return MaturityFixture(hub: hub, salford: salford, enablers: enablers)
    }

    func survey(
        year: Int = 2023, closesOn: String? = "2023-12-31", allowsRepeat: Bool = false, place: Place? = nil
    ) async throws -> MaturitySurvey {
        let survey = MaturitySurvey(
            id: RandomIDGenerator().next(), placeID: (place ?? salford).id, year: year,
            closesOn: closesOn.flatMap(PartialDate.init), allowsRepeatAnswers: allowsRepeat, createdAt: TestHub.now)
        try await hub.store.maturity.createSurvey(survey)
        return survey
    }

    func link(_ survey: MaturitySurvey) async throws -> String {
        try #require(try await hub.store.maturity.makeLinks(for: survey.id, count: 1, now: TestHub.now).first)
    }

    func responses(_ survey: MaturitySurvey) async throws -> [MaturityResponse] {
        try await hub.store.maturity.responses(of: survey.id)
    }
}

/// The respondent's side: what a browser holds after opening a survey link.
struct OpenedSurvey {
    var cookieHeader: String
    var csrfToken: String
    var html: String

    static func open(_ client: any TestClientProtocol, _ link: String) async throws -> OpenedSurvey {
        let page = try await client.execute(uri: "/survey/\(link)", method: .get)
        #expect(page.status == .ok)
        let cookie = try #require(page.cookies["threadline_survey_csrf"])
        #expect(cookie.isHttpOnly && cookie.sameSite == "Strict" && cookie.attributes["path"] == "/survey/\(link)")
        let token = try #require(HTTPTestText.inputValue(named: "csrf_token", in: page.text))
        return OpenedSurvey(cookieHeader: cookie.requestHeader, csrfToken: token, html: page.text)
    }

    func post(
        _ client: any TestClientProtocol, _ link: String, _ fields: [(String, String)], token: String? = nil
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/survey/\(link)", method: .post,
            headers: headers(cookie: cookieHeader, contentType: "application/x-www-form-urlencoded"),
            body: ByteBuffer(string: HTTPTestText.form([("csrf_token", token ?? csrfToken)] + fields)))
    }
}

@Suite("Maturity survey form")
struct MaturitySurveyWebTests {
    func answers(_ fixture: MaturityFixture, _ levels: [String], role: String = "Council officer")
        -> [(String, String)]
    {
        [("role", role)]
            + zip(fixture.enablers, levels).flatMap { enabler, level in
                [("level.\(enabler.id)", level), ("comment.\(enabler.id)", "About \(enabler.number)")]
            }
    }

    @Test("the form names the place and year, has a fieldset per enabler, and records the answers once")
    func success() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let survey = try await fixture.survey()
            let link = try await fixture.link(survey)
            let opened = try await OpenedSurvey.open(client, link)
            #expect(opened.html.contains("Maturity survey 2023 · Salford"))
            #expect(opened.html.components(separatedBy: "<fieldset").count - 1 == 3)
            #expect(!opened.html.contains("Unannounced"))
            #expect(opened.html.contains("<legend>2. \(escaped("Trust <between> partners"))</legend>"))
            #expect(opened.html.contains("<label for=\"level-\(fixture.enablers[0].id)-1\">1 — Not started</label>"))
            #expect(opened.html.contains(escaped("Don't know / prefer not to say")))
            #expect(opened.html.contains("<textarea id=\"comment-\(fixture.enablers[2].id)\""))

            let done = try await opened.post(client, link, answers(fixture, ["2", "dont-know", "5"]))
            #expect(done.status == .ok)
            #expect(done.text.contains("Thank you"))
            let stored = try await fixture.responses(survey)
            #expect(stored.count == 1)
            #expect(stored.first?.role == "Council officer")
            #expect(stored.first?.answers.map(\.level) == [2, nil, 5])
            #expect(stored.first?.answers.map(\.comment) == ["About 1", "About 2", "About 3"])

            // The link is spent: opening or posting again is refused, and nothing more is stored.
            let again = try await client.execute(uri: "/survey/\(link)", method: .get)
            #expect(again.status == .conflict)
            #expect(again.text.contains("This link has been used"))
            let repost = try await opened.post(client, link, answers(fixture, ["1", "1", "1"]))
            #expect(repost.status == .conflict)
            #expect(try await fixture.responses(survey).count == 1)
        }
    }

    @Test("a level off the scale or a missing answer re-shows the form with the error linked and answers kept")
    func invalid() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let survey = try await fixture.survey()
            let link = try await fixture.link(survey)
            let opened = try await OpenedSurvey.open(client, link)
            let refused = try await opened.post(client, link, answers(fixture, ["6", "", "4"]))
            #expect(refused.status == .unprocessableContent)
            let html = refused.text
            #expect(
                html.contains(
                    "<a href=\"#enabler-\(fixture.enablers[0].id)\">\(escaped("“Leadership”: 6 is not on the scale (1–5)."))</a>"
                ))
            #expect(
                html.contains(
                    escaped("“Trust <between> partners”: choose a level, or “Don't know / prefer not to say”.")))
            #expect(html.contains("id=\"level-\(fixture.enablers[2].id)-4\" value=\"4\" checked"))
            #expect(html.contains("value=\"Council officer\""))
            #expect(html.contains(">About 3</textarea>"))
            #expect(try await fixture.responses(survey).isEmpty)

            // A field for an enabler the survey does not have is refused, naming it.
            let stranger = UUID().uuidString.lowercased()
            let unknown = try await opened.post(
                client, link, answers(fixture, ["1", "2", "3"]) + [("level.\(stranger)", "3")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains(escaped("There is no system enabler “\(stranger)” in this survey.")))
            #expect(try await fixture.responses(survey).isEmpty)

            // Blank role.
            let noRole = try await opened.post(client, link, answers(fixture, ["1", "2", "3"], role: " "))
            #expect(noRole.status == .unprocessableContent)
            #expect(noRole.text.contains("<a href=\"#role\">Say what your role is.</a>"))
            #expect(try await fixture.responses(survey).isEmpty)
        }
    }

    @Test("unknown links answer 404, closed surveys 410, and a post without the form's token 403")
    func refusals() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let unknown = try await client.execute(uri: "/survey/\(SecretToken.generate())", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("This survey link is not known."))

            let closed = try await fixture.survey(year: 2022, closesOn: "2023-03-31")
            let closedLink = try await fixture.link(closed)
            let gone = try await client.execute(uri: "/survey/\(closedLink)", method: .get)
            #expect(gone.status == .gone)
            #expect(gone.text.contains("This survey closed on 31 March 2023."))

            let survey = try await fixture.survey()
            let link = try await fixture.link(survey)
            let opened = try await OpenedSurvey.open(client, link)
            let forged = try await opened.post(client, link, answers(fixture, ["1", "2", "3"]), token: "forged")
            #expect(forged.status == .forbidden)
            let cookieless = try await client.execute(
                uri: "/survey/\(link)", method: .post,
                headers: headers(contentType: "application/x-www-form-urlencoded"),
                body: ByteBuffer(
                    string: HTTPTestText.form([("csrf_token", opened.csrfToken)] + answers(fixture, ["1", "2", "3"]))))
            #expect(cookieless.status == .forbidden)
            #expect(try await fixture.responses(survey).isEmpty)
            #expect(try await fixture.responses(closed).isEmpty)
        }
    }

    @Test("a survey that allows repeat answers takes two through one link")
    func repeatAllowed() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let survey = try await fixture.survey(allowsRepeat: true)
            let link = try await fixture.link(survey)
            for levels in [["1", "2", "3"], ["3", "3", "dont-know"]] {
                let opened = try await OpenedSurvey.open(client, link)
                let done = try await opened.post(client, link, answers(fixture, levels))
                #expect(done.status == .ok)
            }
            #expect(try await fixture.responses(survey).count == 2)
        }
    }

    @Test("an editor withdraws a survey's links: they stop working, the answers stay, a contributor cannot")
    func withdrawLinks() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await MaturityFixture.make(hub)
            let survey = try await fixture.survey(allowsRepeat: true)
            let link = try await fixture.link(survey)
            let opened = try await OpenedSurvey.open(client, link)
            #expect(try await opened.post(client, link, answers(fixture, ["1", "2", "3"])).status == .ok)

            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let refused = try await client.execute(
                uri: "/workspace/maturity/surveys/\(survey.id)/withdraw", method: .post,
                headers: contributor.formHeaders, body: contributor.form([]))
            #expect(refused.status == .forbidden)
            #expect(try await hub.store.maturity.linkCounts(of: survey.id).links == 1)

            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            // Without the ticked "Yes", nothing is withdrawn and the page says so.
            let unsure = try await client.execute(
                uri: "/workspace/maturity/surveys/\(survey.id)/withdraw", method: .post,
                headers: editor.formHeaders, body: editor.form([]))
            #expect(unsure.text.contains("nothing was withdrawn"))
            #expect(try await hub.store.maturity.linkCounts(of: survey.id).links == 1)
            let withdrawn = try await client.execute(
                uri: "/workspace/maturity/surveys/\(survey.id)/withdraw", method: .post,
                headers: editor.formHeaders, body: editor.form([("confirm", "yes")]))
            #expect(withdrawn.status == .ok)
            #expect(withdrawn.text.contains("1 link was withdrawn; the answers already given are kept."))
            let gone = try await client.execute(uri: "/survey/\(link)", method: .get)
            #expect(gone.status == .notFound)
            #expect(try await fixture.responses(survey).count == 1)
        }
    }
}
