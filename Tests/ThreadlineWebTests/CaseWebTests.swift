import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineServices
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Cases and attributes in the workspace")
struct CaseWebTests {
    /// Two stories coded Trust; the first belongs to a coach, the second to a council officer.
    func setUp(_ hub: TestHub) async throws -> (
        coach: ResearchCase, officer: ResearchCase, role: CaseAttribute, trust: Code
    ) {
        let role = CaseAttribute(
            id: CaseAttribute.ID(UUID()), name: "Role", kind: .list, choices: ["Coach", "Council officer"],
            createdAt: TestHub.now)
        try await hub.store.cases.save(role)
        let trust = Code(id: Code.ID(UUID()), name: "Trust", createdAt: TestHub.now)
        try await hub.store.coding.save(trust)
        let coder = try await hub.store.coding.coder(for: hub.editor)
        var made: [ResearchCase] = []
        for (name, value, body) in [
            ("Ayesha", "Coach", "Trust came from turning up every week."),
            ("Brian", "Council officer", "Trust needed budgets we could share."),
        ] {
            let story = Story(
                id: Story.ID(UUID()), title: "\(name)'s story", slug: name.lowercased(), body: body,
                createdAt: TestHub.now)
            try await hub.store.stories.create(story)
            let source = CodingSource(story: story.id)
            _ = try await hub.store.coding.add([
                Coding(
                    id: Coding.ID(UUID()), codeID: trust.id, source: source, coderID: coder.id, start: 0,
                    end: body.unicodeScalars.count, createdAt: TestHub.now)
            ])
            let item = ResearchCase(
                id: ResearchCase.ID(UUID()), name: name, values: [role.id: value], createdAt: TestHub.now)
            try await hub.store.cases.save(item)
            try await hub.store.cases.add(
                CaseMembership(id: CaseMembership.ID(UUID()), caseID: item.id, source: source, createdAt: TestHub.now))
            made.append(item)
        }
        return (made[0], made[1], role, trust)
    }

    @Test("the Cases page lists cases with their values, filters by a value, and adds a case with checked values")
    func casesPage() async throws {
        try await withApp { hub, client in
            let (_, _, role, _) = try await setUp(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let page = try await client.execute(uri: "/workspace/cases", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("<th scope=\"col\">Role</th>"))
            #expect(page.text.contains(">Ayesha</a></th><td>Person</td><td>Coach</td><td>1</td>"))
            let filtered = try await client.execute(
                uri: "/workspace/cases?filter=attribute:\(role.id):Coach", method: .get, headers: session.headers)
            #expect(filtered.text.contains("Cases where Role is Coach"))
            #expect(!filtered.text.contains(">Brian</a>"))
            // A contributor keeps cases but does not define attributes.
            #expect(!page.text.contains("Define an attribute"))

            let refused = try await client.execute(
                uri: "/workspace/cases", method: .post, headers: session.formHeaders,
                body: session.form([("name", "Cara"), ("kind", "person"), ("value-\(role.id)", "Referee")]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Role is one of"))
            #expect(refused.text.contains("aria-invalid=\"true\""))
            #expect(try await hub.store.cases.cases().count == 2)
            let added = try await client.execute(
                uri: "/workspace/cases", method: .post, headers: session.formHeaders,
                body: session.form([("name", "Cara"), ("kind", "organisation"), ("value-\(role.id)", "coach")]))
            #expect(added.status == .seeOther)
            let cara = try #require(try await hub.store.cases.cases().first { $0.name == "Cara" })
            #expect(cara.kind == .organisation)
            #expect(cara.values[role.id] == "Coach")
            let twin = try await client.execute(
                uri: "/workspace/cases", method: .post, headers: session.formHeaders,
                body: session.form([("name", "CARA"), ("kind", "person")]))
            #expect(twin.status == .unprocessableContent)
            #expect(twin.text.contains("A case is already called"))
        }
    }

    @Test("attributes are defined by editors only; a change that strands values is refused and nothing changes")
    func attributes() async throws {
        try await withApp { hub, client in
            let (_, _, role, _) = try await setUp(hub)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let forbidden = try await client.execute(
                uri: "/workspace/cases/attributes", method: .post, headers: contributor.formHeaders,
                body: contributor.form([("name", "Sector"), ("kind", "text")]))
            #expect(forbidden.status == .forbidden)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let defined = try await client.execute(
                uri: "/workspace/cases/attributes", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "Age band"), ("kind", "list"), ("choices", "Under 25\n25–44\n45 and over")])
            )
            #expect(defined.status == .seeOther)
            #expect(try await hub.store.cases.attributes().last?.choices == ["Under 25", "25–44", "45 and over"])
            let stranding = try await client.execute(
                uri: "/workspace/cases/attributes/\(role.id)", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "Role"), ("kind", "list"), ("choices", "Coach")]))
            #expect(stranding.status == .unprocessableContent)
            #expect(stranding.text.contains("Brian"))
            #expect(try await hub.store.cases.attributes().first?.choices == ["Coach", "Council officer"])
        }
    }

    @Test("an attribute sheet with problems lists each by line and changes nothing; a good one adds and updates")
    func sheet() async throws {
        try await withApp { hub, client in
            let (coach, _, role, _) = try await setUp(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let bad = "Case,Role\r\nDev,Coach\r\nEsme,Referee\r\ndev,Coach\r\n"
            let refused = try await client.execute(
                uri: "/workspace/cases/sheet", method: .post, headers: session.formHeaders,
                body: session.form([("sheet", bad)]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Line 3, column &quot;Role&quot;: Role is one of"))
            #expect(
                refused.text.contains(
                    "Line 4, column &quot;Case&quot;: &quot;dev&quot; is named twice: also on line 2."))
            #expect(try await hub.store.cases.cases().count == 2)
            let good = "Case,Kind,Role\nDev,Person,Coach\nAyesha,,Council officer\n"
            let read = try await client.execute(
                uri: "/workspace/cases/sheet", method: .post, headers: session.formHeaders,
                body: session.form([("sheet", good)]))
            #expect(read.status == .seeOther)
            #expect(read.location == "/workspace/cases?notice=sheet&created=1&updated=1")
            #expect(try await hub.store.cases.researchCase(coach.id)?.values[role.id] == "Council officer")
            let file = try await client.execute(uri: "/workspace/cases.csv", method: .get, headers: session.headers)
            #expect(file.text.hasPrefix("Case,Kind,Description,Role\r\n"))
            #expect(file.text.contains("Dev,Person,,Coach\r\n"))
        }
    }

    @Test("a case or an attribute value narrows the coding query, word frequency and a code's passages")
    func filters() async throws {
        try await withApp { hub, client in
            let (coach, _, role, trust) = try await setUp(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            func get(_ uri: String) async throws -> TestResponse {
                try await client.execute(uri: uri, method: .get, headers: session.headers)
            }
            let all = try await get("/workspace/queries?a=\(trust.id)")
            #expect(all.text.contains("2 passages in 2 sources."))
            #expect(all.text.contains("<option value=\"case:\(coach.id)\">Case: Ayesha</option>"))
            let coaches = try await get("/workspace/queries?a=\(trust.id)&cases=attribute:\(role.id):Coach")
            #expect(coaches.text.contains("1 passage in 1 source."))
            #expect(coaches.text.contains("(within Role is Coach)"))
            let unknown = try await get("/workspace/queries?a=\(trust.id)&cases=case:nobody")
            #expect(unknown.status == .unprocessableContent)
            // A browser's GET form writes a space as "+": "Council officer" is read back whole.
            let officers = try await get("/workspace/words?cases=attribute:\(role.id):Council+officer")
            #expect(officers.text.contains("<th scope=\"row\">budgets</th>"))
            #expect(!officers.text.contains("<th scope=\"row\">turning</th>"))
            let text = try await get("/workspace/queries/text?q=trust&cases=case:\(coach.id)")
            #expect(text.text.contains("1 hit in 1 source."))
            let words = try await get("/workspace/words?cases=case:\(coach.id)")
            #expect(words.text.contains("<tr><th scope=\"row\">turning</th><td>1</td>"))
            #expect(!words.text.contains("<th scope=\"row\">budgets</th>"))
            let passages = try await get("/workspace/codes/\(trust.id)/passages?cases=case:\(coach.id)")
            #expect(
                passages.text.contains("Ayesha&#39;s story") || passages.text.contains("Ayesha’s story")
                    || passages.text.contains("Ayesha's story"))
            #expect(!passages.text.contains("budgets we could share"))
            let csv = try await get("/workspace/codes/\(trust.id)/passages?format=csv&cases=case:\(coach.id)")
            #expect(csv.text.contains("turning up"))
            #expect(!csv.text.contains("budgets"))
        }
    }

    @Test("an attribute's values are columns of the code matrix, as a table and CSV")
    func matrix() async throws {
        try await withApp { hub, client in
            let (_, _, role, _) = try await setUp(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=attribute:\(role.id)", method: .get,
                headers: session.headers)
            #expect(page.status == .ok)
            #expect(page.text.contains("Code × Role"))
            let csv = try await client.execute(
                uri: "/workspace/matrices?rows=codes&columns=attribute:\(role.id)&format=csv", method: .get,
                headers: session.headers)
            #expect(csv.text.hasPrefix("Code,Coach,Council officer"))
            #expect(csv.text.contains("Trust,1,1"))
            let places = try await client.execute(
                uri: "/workspace/matrices?columns=places", method: .get, headers: session.headers)
            #expect(places.text.contains("columns=attribute:\(role.id)"))
        }
    }

    @Test("a stretch of a source joins a case from its coding page; the case page lists it with its words")
    func stretch() async throws {
        try await withApp { hub, client in
            let (coach, _, _, _) = try await setUp(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let story = try #require(try await hub.store.stories.all().first { $0.title == "Brian's story" })
            let added = try await client.execute(
                uri: "/workspace/cases/\(coach.id)/sources", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("source", "story/\(story.id.description)"), ("start", "0"), ("end", "5"),
                    ("return_to", "/workspace/coding/stories/\(story.id)"),
                ]))
            #expect(added.status == .seeOther)
            #expect(added.location == "/workspace/coding/stories/\(story.id)")
            let page = try await client.execute(
                uri: "/workspace/cases/\(coach.id)", method: .get, headers: session.headers)
            #expect(page.text.contains("the stretch “Trust”"))
            let outside = try await client.execute(
                uri: "/workspace/cases/\(coach.id)/sources", method: .post, headers: session.formHeaders,
                body: session.form([("source", "story/\(story.id.description)"), ("start", "0"), ("end", "900")]))
            #expect(outside.status == .unprocessableContent)
            #expect(try await hub.store.cases.memberships(case: coach.id).count == 2)
        }
    }
}
