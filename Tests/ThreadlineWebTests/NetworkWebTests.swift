import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineServices

/// The survey form's name for `question` about the member `key`: the key's UTF-8 bytes in hex, so that any key
/// survives the post.
func field(_ question: String, _ key: String) -> String {
    question + "." + key.utf8.map { String(format: "%02x", $0) }.joined()
}

/// A place and a wave, made through the store, for the network pages.
struct NetworkFixture {
    let hub: TestHub
    let wave: NetworkWave

    static let membersCSV = """
        id,name,sector,type
        scl,Salford Community Leisure,Sport and leisure,Leisure trust
        sys,Salford Youth Service,Public,Council service
        cvs,"Voluntary <b>services</b>",Voluntary,Charity

        """
    static let tiesCSV = """
        from,to,frequency,reliability,mission,openness,power,involvement,resources
        scl,sys,4,4,4,4,3,3,2
        sys,scl,3,2,2,2,,,
        scl,cvs,1,3,3,3,1,1,1

        """

    static func make(
        _ hub: TestHub, name: String = "Salford 2024", period: String = "2023 H2", closesOn: String? = "2023-12-31"
    ) async throws -> NetworkFixture {
        let salford: Place
        if let known = try await hub.store.places.all().first(where: { $0.slug == "salford" }) {
            salford = known
        } else {
            salford = Place(id: RandomIDGenerator().next(), name: "Salford", slug: "salford", createdAt: TestHub.now)
            try await hub.store.places.create(salford)
        }
        let wave = NetworkWave(
            id: RandomIDGenerator().next(), name: name, placeID: salford.id,
            period: try #require(SixMonthPeriod(period)), closesOn: closesOn.flatMap(PartialDate.init),
            createdAt: TestHub.now)
        try await hub.store.networks.createWave(wave)
        return NetworkFixture(hub: hub, wave: wave)
    }

    var base: String { "/workspace/networks/\(wave.id)" }
}

@Suite("Partnership network pages")
struct NetworkWebTests {
    @Test("an editor makes a wave; a duplicate name, a bad period and a bad closing day are each named")
    func makeWave() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let made = try await client.execute(
                uri: "/workspace/networks", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "Programme 2024"), ("place_id", ""), ("period", "2024 H1")]))
            #expect(made.status == .seeOther)
            let wave = try #require(try await hub.store.networks.waves().first)
            #expect(wave.name == "Programme 2024" && wave.placeID == nil && wave.period.description == "2024 H1")
            let again = try await client.execute(
                uri: "/workspace/networks", method: .post, headers: editor.formHeaders,
                body: editor.form([
                    ("name", "Programme 2024"), ("place_id", ""), ("period", "2024 H1"), ("closes_on", "soon"),
                ]))
            #expect(again.status == .unprocessableContent)
            #expect(again.text.contains("Give the closing day as YYYY-MM-DD, or leave it blank."))
            let badPeriod = try await client.execute(
                uri: "/workspace/networks", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "Other"), ("period", "someday")]))
            #expect(badPeriod.text.contains("Choose a period from the list."))
            let duplicate = try await client.execute(
                uri: "/workspace/networks", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "Programme 2024"), ("period", "2024 H2")]))
            #expect(duplicate.text.contains("Another wave is called “Programme 2024”"))
            #expect(try await hub.store.networks.waves().count == 1)

            let list = try await client.execute(uri: "/workspace/networks", method: .get, headers: editor.headers)
            #expect(list.text.contains("Programme 2024") && list.text.contains("Whole programme"))
            #expect(list.text.contains("No members yet"))
        }
    }

    @Test("contributors can look but not change; forged CSRF is refused")
    func permissions() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let page = try await client.execute(uri: fixture.base, method: .get, headers: contributor.headers)
            #expect(page.status == .ok && !page.text.contains("Check and import"))
            let refused = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: contributor.formHeaders,
                body: contributor.form([("members", NetworkFixture.membersCSV), ("ties", NetworkFixture.tiesCSV)]))
            #expect(refused.status == .forbidden)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let forged = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: editor.formHeaders,
                body: ByteBuffer(string: HTTPTestText.form([("csrf_token", "forged"), ("members", "id,name")])))
            #expect(forged.status == .forbidden)
            #expect(try await hub.store.networks.graph(of: fixture.wave.id).members.isEmpty)
            let anonymous = try await client.execute(uri: "\(fixture.base)/results", method: .get)
            #expect(anonymous.status == .seeOther || anonymous.status == .unauthorized)
        }
    }

    @Test("importing the files: completion shown, bad rows each by file and line with nothing kept, CSV export")
    func importAndExport() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let bad = """
                from,to,frequency,reliability,mission,openness,power,involvement,resources
                scl,ghost,1,1,1,1,1,1,1
                sys,sys,1,1,1,1,1,1,1
                scl,cvs,1,5,1,1,1,1,1
                scl,sys,1,1,1,1,1,1,1
                scl,sys,1,1,1,1,1,1,1

                """
            let refused = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("members", NetworkFixture.membersCSV), ("ties", bad)]))
            #expect(refused.status == .unprocessableContent)
            for line in 2...6 where line != 5 {
                #expect(refused.text.contains("ties.csv line \(line):"), "line \(line)")
            }
            #expect(refused.text.contains("Nothing was imported"))
            #expect(try await hub.store.networks.graph(of: fixture.wave.id).members.isEmpty)

            let imported = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("members", NetworkFixture.membersCSV), ("ties", NetworkFixture.tiesCSV)]))
            #expect(imported.status == .seeOther)
            let page = try await client.execute(uri: fixture.base, method: .get, headers: editor.headers)
            #expect(page.text.contains("Answered: 2 of 3 (66%)"))
            #expect(page.text.contains("Voluntary &lt;b&gt;services&lt;/b&gt;"))
            #expect(page.text.contains("Yes, imported on"))

            let members = try await client.execute(
                uri: "\(fixture.base)/members.csv", method: .get, headers: editor.headers)
            #expect(members.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(members.text.hasPrefix("id,name,sector,type\r\nscl,Salford Community Leisure,"))
            let ties = try await client.execute(uri: "\(fixture.base)/ties.csv", method: .get, headers: editor.headers)
            #expect(ties.text.contains("sys,scl,3,2,2,2,,,"))
        }
    }

    @Test("links per member; the respondent's form records ties once, refusing bad answers with the form kept")
    func surveyForm() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            guard case .members(let list) = NetworkCSV.readMembers(NetworkFixture.membersCSV) else {
                Issue.record("the fixture's members file should read")
                return
            }
            let members = NetworkGraph(members: list, ties: [], respondents: [])
            try await hub.store.networks.replaceMembersAndTies(of: fixture.wave.id, with: members, now: TestHub.now)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let made = try await client.execute(
                uri: "\(fixture.base)/links", method: .post, headers: editor.formHeaders, body: editor.form([]))
            let shown = made.text.components(separatedBy: "<code class=\"secret\">https://hub.test/network-survey/")
                .dropFirst().compactMap { $0.split(separator: "<").first.map(String.init) }
            #expect(shown.count == 3)
            #expect(made.text.contains("<th scope=\"row\">Salford Community Leisure</th>"))
            let link = shown[0]

            let opened = try await client.execute(uri: "/network-survey/\(link)", method: .get)
            #expect(opened.status == .ok)
            #expect(opened.text.contains("Who does Salford Community Leisure work with?"))
            #expect(opened.text.contains("<legend>Salford Youth Service</legend>"))
            #expect(!opened.text.contains("<legend>Salford Community Leisure</legend>"))
            #expect(opened.text.contains("Voluntary &lt;b&gt;services&lt;/b&gt;"))
            let cookie = try #require(opened.cookies["threadline_network_csrf"])
            #expect(cookie.attributes["path"] == "/network-survey/\(link)")
            let token = try #require(HTTPTestText.inputValue(named: "csrf_token", in: opened.text))
            func post(_ fields: [(String, String)], token: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/network-survey/\(link)", method: .post,
                    headers: headers(cookie: cookie.requestHeader, contentType: "application/x-www-form-urlencoded"),
                    body: ByteBuffer(string: HTTPTestText.form([("csrf_token", token)] + fields)))
            }
            #expect(try await post([], token: "forged").status == .forbidden)

            let missing = try await post(
                [(field("connected", "sys"), "yes"), (field("reliability", "sys"), "9")], token: token)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("Say whether you work with “Voluntary &lt;b&gt;services&lt;/b&gt;”"))
            #expect(missing.text.contains("choose an answer from the list for"))
            #expect(missing.text.contains("value=\"yes\" checked"))
            let stranger = try await post(
                [
                    (field("connected", "sys"), "no"), (field("connected", "cvs"), "no"),
                    (field("connected", "ghost"), "yes"),
                ], token: token)
            #expect(stranger.text.contains("There is no organisation “ghost” in this survey."))
            #expect(try await hub.store.networks.graph(of: fixture.wave.id).ties.isEmpty)

            let done = try await post(
                [
                    (field("connected", "sys"), "yes"), (field("frequency", "sys"), "4"),
                    (field("reliability", "sys"), "3"), (field("mission", "sys"), "4"),
                    (field("openness", "sys"), ""), (field("power", "sys"), "2"), (field("connected", "cvs"), "no"),
                ], token: token)
            #expect(done.status == .ok)
            #expect(done.text.contains("you work with 1 of them"))
            let graph = try await hub.store.networks.graph(of: fixture.wave.id)
            #expect(
                graph.ties == [
                    NetworkTie(from: "scl", to: "sys", frequency: 4, reliability: 3, mission: 4, power: 2)
                ])
            #expect(graph.respondents == ["scl"])
            #expect(try await client.execute(uri: "/network-survey/\(link)", method: .get).status == .conflict)
            #expect(try await post([(field("connected", "sys"), "no")], token: token).status == .conflict)
            #expect(
                try await client.execute(uri: "/network-survey/\(String(repeating: "x", count: 43))", method: .get)
                    .status == .notFound)
            let page = try await client.execute(uri: fixture.base, method: .get, headers: editor.headers)
            #expect(page.text.contains("Yes, through its link on"))
            #expect(page.text.contains("Answered: 1 of 3 (33%)"))

            // An import would replace the answer just given: refused, with the reason.
            let replace = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("members", NetworkFixture.membersCSV), ("ties", NetworkFixture.tiesCSV)]))
            #expect(replace.text.contains("1 member has answered this wave through the survey form"))
        }
    }

    @Test("odd member ids survive the form; one problem shows once; an expired form keeps the answers")
    func oddKeysAndProblems() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            let keys = ["me", "a.b c", "quote\"d", "café-7"]
            try await hub.store.networks.replaceMembersAndTies(
                of: fixture.wave.id,
                with: NetworkGraph(
                    members: keys.map { NetworkMember(key: $0, name: "Org \($0)", sector: "S", type: "T") }, ties: [],
                    respondents: []), now: TestHub.now)
            let links = try await hub.store.networks.makeLinks(for: fixture.wave.id, members: ["me"], now: TestHub.now)
            let link = try #require(links.first?.secret)
            let opened = try await client.execute(uri: "/network-survey/\(link)", method: .get)
            let cookie = try #require(opened.cookies["threadline_network_csrf"])
            let token = try #require(HTTPTestText.inputValue(named: "csrf_token", in: opened.text))
            func post(_ fields: [(String, String)], token: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/network-survey/\(link)", method: .post,
                    headers: headers(cookie: cookie.requestHeader, contentType: "application/x-www-form-urlencoded"),
                    body: ByteBuffer(string: HTTPTestText.form([("csrf_token", token)] + fields)))
            }
            // One unanswered organisation: its problem appears once in the summary and once by its fieldset, not
            // under each of its questions.
            let partial = try await post(
                [
                    (field("connected", "a.b c"), "yes"), (field("openness", "a.b c"), "2"),
                    (field("connected", "quote\"d"), "no"),
                ], token: token)
            #expect(partial.status == .unprocessableContent)
            #expect(partial.text.components(separatedBy: "class=\"error-message\"").count - 1 == 1)
            #expect(partial.text.contains("Say whether you work with “Org café-7”"))
            #expect(partial.text.contains("<option value=\"2\" selected>2 — A small amount</option>"))

            // A form whose token has expired is shown again with its answers and a fresh token; nothing is stored.
            let expired = try await post(
                [(field("connected", "a.b c"), "yes"), (field("connected", "quote\"d"), "no")], token: "stale")
            #expect(expired.status == .forbidden)
            #expect(expired.text.contains("The form had expired, so nothing was saved."))
            #expect(expired.text.contains("value=\"yes\" checked"))
            #expect(expired.cookies["threadline_network_csrf"] != nil)

            let done = try await post(
                [
                    (field("connected", "a.b c"), "yes"), (field("reliability", "a.b c"), "4"),
                    (field("connected", "quote\"d"), "no"), (field("connected", "café-7"), "yes"),
                ], token: token)
            #expect(done.status == .ok)
            let ties = try await hub.store.networks.graph(of: fixture.wave.id).ties
            #expect(ties.map(\.to) == ["a.b c", "café-7"])
            #expect(ties.first?.reliability == 4)
        }
    }

    @Test("members imported alone, then links for those without one, and a new link for one organisation")
    func membersAloneThenLinks() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let imported = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("members", NetworkFixture.membersCSV), ("ties", "")]))
            #expect(imported.status == .seeOther)
            #expect(try await hub.store.networks.graph(of: fixture.wave.id).members.count == 3)
            func secrets(_ page: TestResponse) -> [String] {
                page.text.components(separatedBy: "<code class=\"secret\">https://hub.test/network-survey/").dropFirst()
                    .compactMap { $0.split(separator: "<").first.map(String.init) }
            }
            let first = try await client.execute(
                uri: "\(fixture.base)/links", method: .post, headers: editor.formHeaders, body: editor.form([]))
            #expect(secrets(first).count == 3)
            let again = try await client.execute(
                uri: "\(fixture.base)/links", method: .post, headers: editor.formHeaders, body: editor.form([]))
            #expect(secrets(again).isEmpty)
            #expect(again.text.contains("already has a link"))
            let renewed = try await client.execute(
                uri: "\(fixture.base)/links", method: .post, headers: editor.formHeaders,
                body: editor.form([("member", "sys")]))
            #expect(secrets(renewed).count == 1)
            #expect(try await hub.store.networks.member(forLink: secrets(renewed)[0])?.member.key == "sys")
            #expect(try await hub.store.networks.member(forLink: secrets(first)[0]) != nil)
            #expect(try await hub.store.networks.member(forLink: secrets(first)[1]) == nil)

            // Importing again withdraws the links, and says so.
            let reimported = try await client.execute(
                uri: "\(fixture.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("members", NetworkFixture.membersCSV), ("ties", NetworkFixture.tiesCSV)]))
            let location = try #require(reimported.headers[.location])
            let page = try await client.execute(uri: location, method: .get, headers: editor.headers)
            #expect(page.text.contains("All 3 links made before were withdrawn"))
        }
    }

    @Test("survey secrets are left out of logged paths")
    func loggedPaths() {
        #expect(LoggedPath.redacted("/network-survey/abcdef") == "/network-survey/…")
        #expect(LoggedPath.redacted("/survey/abcdef") == "/survey/…")
        #expect(LoggedPath.redacted("/workspace/networks") == "/workspace/networks")
    }

    @Test("a closed wave's link says so (410)")
    func closedWave() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub, closesOn: "2023-01-31")
            try await hub.store.networks.replaceMembersAndTies(
                of: fixture.wave.id,
                with: NetworkGraph(
                    members: [
                        NetworkMember(key: "a", name: "A", sector: "", type: ""),
                        NetworkMember(key: "b", name: "B", sector: "", type: ""),
                    ], ties: [], respondents: []), now: TestHub.now)
            let link = try #require(
                try await hub.store.networks.makeLinks(for: fixture.wave.id, members: nil, now: TestHub.now).first)
            let page = try await client.execute(uri: "/network-survey/\(link.secret)", method: .get)
            #expect(page.status == .gone)
            #expect(page.text.contains("This survey closed on"))
        }
    }

    @Test("results: figures, diagram with its text alternative, the trust filter, and two waves side by side")
    func results() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let later = try await NetworkFixture.make(hub)
            let earlier = try await NetworkFixture.make(hub, name: "Salford 2023", period: "2023 H1")
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            _ = try await client.execute(
                uri: "\(later.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([("members", NetworkFixture.membersCSV), ("ties", NetworkFixture.tiesCSV)]))
            _ = try await client.execute(
                uri: "\(earlier.base)/import", method: .post, headers: editor.formHeaders,
                body: editor.form([
                    ("members", NetworkFixture.membersCSV),
                    (
                        "ties",
                        "from,to,frequency,reliability,mission,openness,power,involvement,resources\nscl,sys,1,1,1,1,1,1,1\n"
                    ),
                ]))
            let page = try await client.execute(uri: "\(later.base)/results", method: .get, headers: editor.headers)
            #expect(page.status == .ok)
            let text = page.text
            // 3 ties of 6 possible; one pair returned (2 of 3 ties reciprocated).
            #expect(text.contains("<th scope=\"row\">Density</th><td class=\"number\">0.50</td>"))
            #expect(text.contains("<th scope=\"row\">Reciprocity</th><td class=\"number\">0.67</td>"))
            #expect(text.contains("<th scope=\"row\">Answered</th><td class=\"number\">67%</td>"))
            #expect(text.contains("role=\"img\"") && text.contains("<svg"))
            #expect(text.contains("Showing every tie."))
            // Salford Youth Service is rated by Salford Community Leisure only: trust 4.
            #expect(text.contains("<th scope=\"row\">Salford Youth Service</th>"))
            #expect(text.contains("<td>4.00 (1 rating)</td>"))
            #expect(text.contains("Every tie shown (3 of 3)"))

            let filtered = try await client.execute(
                uri: "\(later.base)/results?trust=3", method: .get, headers: editor.headers)
            #expect(filtered.text.contains("Every tie shown (2 of 3)"))
            #expect(filtered.text.contains("Showing ties trusted 3 or more"))

            let compared = try await client.execute(
                uri: "\(later.base)/results?compare=\(earlier.wave.id)", method: .get, headers: editor.headers)
            #expect(compared.text.contains("network-diagrams side-by-side"))
            #expect(compared.text.components(separatedBy: "<figure class=\"network-diagram\">").count - 1 == 2)
            #expect(compared.text.contains("What changed"))
            #expect(
                compared.text.contains(
                    "<th scope=\"row\">Ties</th><td class=\"number\">1</td><td class=\"number\">3</td><td class=\"number\">+2</td>"
                ))
            #expect(
                compared.text.contains("id=\"network-0-title\"") && compared.text.contains("id=\"network-1-title\""))
        }
    }

    @Test("deleting a wave needs the box ticked")
    func deletion() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let unticked = try await client.execute(
                uri: "\(fixture.base)/delete", method: .post, headers: editor.formHeaders, body: editor.form([]))
            #expect(unticked.text.contains("nothing was deleted"))
            #expect(try await hub.store.networks.wave(fixture.wave.id) != nil)
            let deleted = try await client.execute(
                uri: "\(fixture.base)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([("confirm", "yes")]))
            #expect(deleted.status == .seeOther)
            #expect(try await hub.store.networks.wave(fixture.wave.id) == nil)
        }
    }

    @Test("the demo installs two Salford waves once, with results that compare")
    func demo() async throws {
        try await withApp { hub, client in
            try await DemoNetworks.install(store: hub.store, now: TestHub.now)
            try await DemoNetworks.install(store: hub.store, now: TestHub.now)
            let waves = try await hub.store.networks.waves()
            #expect(waves.map(\.name) == ["Salford 2023", "Salford 2022"])
            let graph = try await hub.store.networks.graph(of: waves[0].id)
            #expect(graph.members.count == 8 && !graph.ties.isEmpty && graph.problems.isEmpty)
            #expect(!graph.respondents.contains("housing"))
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/networks/\(waves[0].id)/results?compare=\(waves[1].id)", method: .get,
                headers: editor.headers)
            #expect(page.status == .ok && page.text.contains("What changed"))
        }
    }
}

@Suite("Partnership network API")
struct NetworkAPITests {
    static let json = "application/json"

    @Test("waves, a wave's members and ties, and its metrics need a token; metrics match the workspace's")
    func reading() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            #expect(try await client.execute(uri: "/api/v1/networks", method: .get).status == .unauthorized)
            let token = try await hub.token(for: hub.contributor)
            let body = """
                {"members": [{"key": "a", "name": "A", "sector": "S", "type": "T"},
                             {"key": "b", "name": "B", "sector": "S", "type": "T"}],
                 "ties": [{"from": "a", "to": "b", "reliability": 4, "mission": 2, "openness": null}]}
                """
            let refused = try await client.execute(
                uri: "/api/v1/networks/\(fixture.wave.id)/graph", method: .put,
                headers: headers(bearer: token, contentType: Self.json), body: ByteBuffer(string: body))
            #expect(refused.status == .forbidden)
            let editorToken = try await hub.token(for: hub.editor)
            let stored = try await client.execute(
                uri: "/api/v1/networks/\(fixture.wave.id)/graph", method: .put,
                headers: headers(bearer: editorToken, contentType: Self.json), body: ByteBuffer(string: body))
            #expect(stored.status == .ok)
            #expect(stored.text.contains("\"answered\":1") && stored.text.contains("\"members\":2"))

            let list = try await client.execute(uri: "/api/v1/networks", method: .get, headers: headers(bearer: token))
            #expect(list.text.contains("\"name\":\"Salford 2024\"") && list.text.contains("\"period\":\"2023 H2\""))
            let wave = try await client.execute(
                uri: "/api/v1/networks/\(fixture.wave.id)", method: .get, headers: headers(bearer: token))
            #expect(wave.text.contains("\"answered_via\":\"import\""))
            let metrics = try await client.execute(
                uri: "/api/v1/networks/\(fixture.wave.id)/metrics", method: .get, headers: headers(bearer: token))
            let document = try JSONValue.parse(Data(metrics.text.utf8))
            let figures = try #require(document.objectValue?["metrics"]?.objectValue)
            #expect(figures["density"] == .number(0.5))
            #expect(figures["mean_trust"] == .number(3))
            #expect(figures["completion_rate"] == .number(0.5))
            #expect(
                try await client.execute(
                    uri: "/api/v1/networks/\(UUID())/metrics", method: .get, headers: headers(bearer: token)
                ).status == .notFound)
        }
    }

    @Test("a bad body is refused with the field at fault, and the wave is unchanged")
    func refusals() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let fixture = try await NetworkFixture.make(hub)
            let token = try await hub.token(for: hub.editor)
            func put(_ body: String) async throws -> TestResponse {
                try await client.execute(
                    uri: "/api/v1/networks/\(fixture.wave.id)/graph", method: .put,
                    headers: headers(bearer: token, contentType: Self.json), body: ByteBuffer(string: body))
            }
            let missing = try await put(#"{"members": [{"key": "a", "sector": "S", "type": "T"}], "ties": []}"#)
            #expect(missing.status == .badRequest && missing.text.contains("members[0].name is missing."))
            let invalid = try await put(
                #"{"members": [{"key": "a", "name": "A", "sector": "", "type": ""}], "ties": [{"from": "a", "to": "a"}, {"from": "a", "to": "z", "power": 7}]}"#
            )
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("ties[0].to") && invalid.text.contains("ties[1].power"))
            #expect(try await hub.store.networks.graph(of: fixture.wave.id).members.isEmpty)
        }
    }
}
