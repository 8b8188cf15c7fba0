import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineServices

@Suite("Coding in the workspace")
struct CodingWorkspaceTests {
    /// A draft story whose body has a CRLF line break, a combining accent and an emoji, so positions must count
    /// Unicode scalars; it is coded as it reads, so the line break inside the paragraph is one space.
    static let body = "Cafe\u{301} meetings 👋🏽 built trust.\r\nTrust held; trust grew."

    func story(in hub: TestHub) async throws -> Story {
        let story = Story(
            id: Story.ID(UUID()), title: "Café meetings", slug: "cafe-meetings", body: Self.body, createdAt: TestHub.now
        )
        try await hub.store.stories.create(story)
        return story
    }

    func code(_ name: String, in hub: TestHub, colour: String = "#aa3300") async throws -> Code {
        let code = Code(id: Code.ID(UUID()), name: name, colour: colour, createdAt: TestHub.now)
        try await hub.store.coding.save(code)
        return code
    }

    @Test("the page shows the text as it reads, each piece marked with its scalar position in that text")
    func pieces() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/coding/story/\(story.id)", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            #expect(
                page.text.contains(
                    "<p><span data-o=\"0\">Cafe\u{301} meetings 👋🏽 built trust. Trust held; trust grew.</span></p>"))
            #expect(page.text.contains("src=\"/assets/coding.js\""))
        }
    }

    @Test("a Markdown source is laid out as it reads: headings, lists and emphasis, positions counted without markup")
    func layout() async throws {
        try await withApp { hub, client in
            let story = Story(
                id: Story.ID(UUID()), title: "Layout", slug: "layout",
                body: "## Trust\n\nWe met *weekly* & <b>talked</b>.\n\n- one\n- two", createdAt: TestHub.now)
            try await hub.store.stories.create(story)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/coding/story/\(story.id)", method: .get, headers: session.headers
            ).text
            #expect(page.contains("<h4 class=\"source-heading\"><span data-o=\"0\">Trust</span></h4>"))
            #expect(
                page.contains("<span data-o=\"13\"><em>weekly</em></span><span data-o=\"19\"> &amp; talked.</span>"))
            #expect(
                page.contains("<ul><li><span data-o=\"30\">one</span></li><li><span data-o=\"34\">two</span></li></ul>")
            )
            let text = try #require(try await hub.store.coding.codableText(of: CodingSource(story: story.id)))
            #expect(text.text == "Trust\nWe met weekly & talked.\none\ntwo")
        }
    }

    @Test("codings the move to the text as it reads could not place are listed on the coding index, linked to each")
    func relocationsListed() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let trust = try await code("Trust", in: hub)
            let coder = try await hub.store.coding.coder(for: hub.editor)
            let coding = try #require(
                try await hub.store.coding.add([
                    Coding(
                        id: Coding.ID(UUID()), codeID: trust.id, source: CodingSource(story: story.id),
                        coderID: coder.id, start: 0, end: 4, createdAt: TestHub.now)
                ]).first)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let before = try await client.execute(uri: "/workspace/coding", method: .get, headers: session.headers)
            #expect(!before.text.contains("Codings to look at again"))
            try await hub.store.database.write { sql in
                try await sql.raw(
                    """
                    INSERT INTO coding_relocation_problems (coding_id, source_kind, source_id, reason) \
                    VALUES (\(bind: coding.id.description), 'story', \(bind: story.id.description), 'Words gone.')
                    """
                ).run()
            }
            let page = try await client.execute(uri: "/workspace/coding", method: .get, headers: session.headers)
            #expect(page.text.contains("Codings to look at again"))
            #expect(
                page.text.contains(
                    "<a href=\"/workspace/coding/story/\(story.id)?view=all#coding-\(coding.id)\">Café meetings</a>: “Cafe"
                ))
            #expect(page.text.contains("(Words gone.)"))
        }
    }

    @Test("after coding, Undo removes the codings just made; stripes, the code filter and the shortcuts are offered")
    func undoStripesAndFilter() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let trust = try await code("Trust", in: hub)
            let growth = try await code("Growth", in: hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let url = "/workspace/coding/story/\(story.id)"
            let applied = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: session.form([
                    ("start", "24"), ("end", "29"), ("code", trust.id.description), ("code", growth.id.description),
                ]))
            let location = try #require(applied.location)
            let page = try await client.execute(uri: location, method: .get, headers: session.headers).text
            let made = try await hub.store.coding.codings(of: CodingSource(story: story.id))
            #expect(made.count == 2)
            #expect(page.contains("id=\"undo-last\""))
            #expect(page.contains("<ol class=\"stripes\" id=\"stripes\" aria-hidden=\"true\">"))
            #expect(page.contains("class=\"stripe code-\(trust.id)\""))
            #expect(page.contains("Keyboard shortcuts"))
            let filtered = try await client.execute(
                uri: "\(url)?code=\(trust.id)", method: .get, headers: session.headers
            ).text
            #expect(filtered.contains("class=\"stripe code-\(trust.id)\""))
            #expect(!filtered.contains("class=\"stripe code-\(growth.id)\""))
            let ids = made.map(\.id.description).joined(separator: ",")
            let undone = try await client.execute(
                uri: "/workspace/codings/undo", method: .post, headers: session.formHeaders,
                body: session.form([("ids", ids)]))
            #expect(undone.status == .seeOther)
            #expect(try await hub.store.coding.codings(of: CodingSource(story: story.id)).isEmpty)
            // Someone else's coding cannot be undone by a contributor.
            let coder = try await hub.store.coding.coder(for: hub.editor)
            let kept = try #require(
                try await hub.store.coding.add([
                    Coding(
                        id: Coding.ID(UUID()), codeID: trust.id, source: CodingSource(story: story.id),
                        coderID: coder.id, start: 0, end: 4, createdAt: TestHub.now)
                ]).first)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let refused = try await client.execute(
                uri: "/workspace/codings/undo", method: .post, headers: contributor.formHeaders,
                body: contributor.form([("ids", kept.id.description)]))
            #expect(refused.status == .forbidden)
            #expect(try await hub.store.coding.codings(of: CodingSource(story: story.id)).count == 1)
        }
    }

    @Test("coding by positions and by typed words stores scalar offsets, the coder and the excerpt")
    func applyCodes() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let trust = try await code("Trust", in: hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let url = "/workspace/coding/story/\(story.id)"
            // "trust" after the emoji: C a f e ◌́ ␠ m e e t i n g s ␠ 👋 🏽 ␠ b u i l t ␠ → 24.
            let byPositions = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: session.form([("start", "24"), ("end", "29"), ("code", trust.id.description)]))
            #expect(byPositions.status == .seeOther)
            let first = try #require(try await hub.store.coding.codings(of: CodingSource(story: story.id)).first)
            #expect(byPositions.location == "\(url)?notice=applied&last=\(first.id)#codings")
            // The second lower-case "trust" (after "Trust held; ", which does not match its case) starts at 43: the
            // line break before "Trust" reads as one space.
            let byWords = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: session.form([("quote", "trust"), ("occurrence", "2"), ("new_code", "Growth")]))
            #expect(byWords.status == .seeOther)
            let codings = try await hub.store.coding.codings(of: CodingSource(story: story.id))
            #expect(codings.map(\.excerpt) == ["trust", "trust"])
            #expect(codings.map(\.start) == [24, 43])
            #expect(codings.allSatisfy { $0.coderID.rawValue == hub.editor.id.rawValue })
            let growth = try #require(try await hub.store.coding.codes().first { $0.name == "Growth" })
            #expect(codings.last?.codeID == growth.id)

            let page = try await client.execute(uri: url, method: .get, headers: session.headers)
            #expect(
                page.text.contains(
                    "<mark class=\"coded code-\(trust.id)\" data-o=\"24\" title=\"Coded: Trust\" data-codings=\"\(codings[0].id)\">trust</mark>"
                ))
            #expect(page.text.contains("characters 24–29"))
            let css = try await client.execute(uri: "/workspace/codes.css", method: .get, headers: session.headers)
            #expect(css.contentType == "text/css; charset=utf-8")
            #expect(css.text.contains(".code-\(trust.id).coded{background-color:#aa330038"))
        }
    }

    @Test("bad passages and missing codes are refused with a sentence and nothing is stored")
    func refusals() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let trust = try await code("Trust", in: hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let url = "/workspace/coding/story/\(story.id)"
            let cases: [([(String, String)], String)] = [
                ([("start", "10"), ("end", "999"), ("code", trust.id.description)], "after the text"),
                ([("start", "9"), ("end", "9"), ("code", trust.id.description)], "must end after it starts"),
                ([("quote", "not in there"), ("code", trust.id.description)], "are not in the text"),
                ([("quote", "trust"), ("occurrence", "7"), ("code", trust.id.description)], "do not occur 7 times"),
                ([("code", trust.id.description)], "Select a passage in the text"),
                ([("quote", "trust")], "Choose at least one code"),
            ]
            for (fields, message) in cases {
                let response = try await client.execute(
                    uri: url, method: .post, headers: session.formHeaders, body: session.form(fields))
                #expect(response.status == .unprocessableContent, "\(fields)")
                #expect(response.text.contains(message), "\(message)")
            }
            let forged = try await client.execute(
                uri: url, method: .post, headers: session.formHeaders,
                body: ByteBuffer(string: "start=0&end=2&code=\(trust.id)"))
            #expect(forged.status == .forbidden)
            #expect(try await hub.store.coding.codings(codes: nil).isEmpty)
            let unknown = try await client.execute(
                uri: "/workspace/coding/story/\(UUID())", method: .get, headers: session.headers)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("each coder sees their own coding, or everyone's with coder colours; only the coder or an editor changes one")
    func mineAndAll() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let trust = try await code("Trust", in: hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let url = "/workspace/coding/story/\(story.id)"
            for (session, range) in [(editor, ("0", "10")), (contributor, ("5", "15"))] {
                let response = try await client.execute(
                    uri: url, method: .post, headers: session.formHeaders,
                    body: session.form([("start", range.0), ("end", range.1), ("code", trust.id.description)]))
                #expect(response.status == .seeOther)
            }
            let mine = try await client.execute(uri: url, method: .get, headers: editor.headers)
            #expect(mine.text.contains("Your codings (1)"))
            let all = try await client.execute(uri: url + "?view=all", method: .get, headers: editor.headers)
            #expect(all.text.contains("All codings (2)"))
            #expect(all.text.contains("class=\"coder-legend\""))
            #expect(all.text.contains("coders-several"))
            #expect(all.text.contains(escaped(hub.contributor.displayName)))

            let codings = try await hub.store.coding.codings(of: CodingSource(story: story.id))
            let editors = try #require(codings.first { $0.coderID.rawValue == hub.editor.id.rawValue })
            let refused = try await client.execute(
                uri: "/workspace/codings/\(editors.id)/delete", method: .post, headers: contributor.formHeaders,
                body: contributor.form([]))
            #expect(refused.status == .forbidden)
            let memo = try await client.execute(
                uri: "/workspace/codings/\(editors.id)/memo", method: .post, headers: editor.formHeaders,
                body: editor.form([("memo", "Early sign of trust.")]))
            #expect(memo.status == .seeOther)
            #expect(try await hub.store.coding.coding(editors.id)?.memo == "Early sign of trust.")
            // Removing asks first: without the ticked box nothing goes.
            let unconfirmed = try await client.execute(
                uri: "/workspace/codings/\(editors.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(unconfirmed.status == .badRequest)
            #expect(unconfirmed.text.contains("Nothing was removed."))
            #expect(try await hub.store.coding.codings(of: CodingSource(story: story.id)).count == 2)
            let removed = try await client.execute(
                uri: "/workspace/codings/\(editors.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([("confirm", "yes")]))
            #expect(removed.status == .seeOther)
            #expect(try await hub.store.coding.codings(of: CodingSource(story: story.id)).count == 1)
        }
    }

    @Test("a transcript coding covers the times of its cues")
    func transcript() async throws {
        try await withApp { hub, client in
            let trust = try await code("Trust", in: hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let testimony = try #require(Testimony.ID(DemoIDs.testimony))
            let cues = try await hub.store.transcripts.cues(of: testimony)
            let firstWords = String(cues[1].text.prefix(12))
            let response = try await client.execute(
                uri: "/workspace/coding/testimony/\(testimony)", method: .post, headers: session.formHeaders,
                body: session.form([("quote", firstWords), ("code", trust.id.description)]))
            #expect(response.status == .seeOther)
            let coding = try #require(try await hub.store.coding.codings(of: CodingSource(testimony: testimony)).first)
            #expect(coding.startMs == cues[1].startMs)
            #expect(coding.endMs == cues[1].endMs)
            let page = try await client.execute(
                uri: "/workspace/coding/testimony/\(testimony)", method: .get, headers: session.headers)
            #expect(page.text.contains(TimeSpanText.clock(cues[1].startMs)))
        }
    }

    @Test("a new code is offered the palette's next colour, and one sent without a colour gets it")
    func newCodeColours() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            var seen: [String] = []
            for name in ["Shared meals", "Walking together", "Trust"] {
                let book = try await client.execute(uri: "/workspace/codes", method: .get, headers: editor.headers)
                let offered = CodePalette.next(after: try await hub.store.coding.codes().map(\.colour))
                #expect(book.text.contains("<input type=\"color\" id=\"colour\" name=\"colour\" value=\"\(offered)\">"))
                let added = try await client.execute(
                    uri: "/workspace/codes", method: .post, headers: editor.formHeaders,
                    body: editor.form([("name", name)]))
                #expect(added.status == .seeOther)
                let code = try #require(try await hub.store.coding.codes().first { $0.name == name })
                #expect(code.colour == offered)
                seen.append(code.colour)
            }
            #expect(Set(seen).count == 3, "three new codes, three colours: \(seen)")
        }
    }

    @Test("the codebook adds, edits, moves, merges and deletes codes, warning how much coding a delete removes")
    func codebook() async throws {
        try await withApp { hub, client in
            let story = try await story(in: hub)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let added = try await client.execute(
                uri: "/workspace/codes", method: .post, headers: contributor.formHeaders,
                body: contributor.form([
                    ("name", "Trust"), ("colour", "#116644"), ("description", "Partners rely on each other"),
                ]))
            #expect(added.status == .seeOther)
            let duplicate = try await client.execute(
                uri: "/workspace/codes", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "trust"), ("colour", "#116644")]))
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.text.contains("Another code here is already called"))
            let badColour = try await client.execute(
                uri: "/workspace/codes", method: .post, headers: editor.formHeaders,
                body: editor.form([("name", "Shade"), ("colour", "red;}body{x")]))
            #expect(badColour.status == .unprocessableContent)
            let trust = try #require(try await hub.store.coding.codes().first)
            let confidence = try await code("Confidence", in: hub)
            try await hub.store.coding.add([
                Coding(
                    id: Coding.ID(UUID()), codeID: trust.id, source: CodingSource(story: story.id),
                    coderID: try await hub.store.coding.coder(for: hub.editor).id, start: 0, end: 4,
                    createdAt: TestHub.now)
            ])
            let book = try await client.execute(uri: "/workspace/codes", method: .get, headers: editor.headers)
            #expect(book.text.contains("Partners rely on each other"))

            // A contributor may add codes but not change the codebook.
            let refused = try await client.execute(
                uri: "/workspace/codes/\(trust.id)", method: .post, headers: contributor.formHeaders,
                body: contributor.form([("name", "Renamed")]))
            #expect(refused.status == .forbidden)
            let moved = try await client.execute(
                uri: "/workspace/codes/\(trust.id)", method: .post, headers: editor.formHeaders,
                body: editor.form([
                    ("name", "Earned trust"), ("colour", "#116644"), ("parent_id", confidence.id.description),
                ]))
            #expect(moved.status == .seeOther)
            #expect(try await hub.store.coding.code(trust.id)?.parentID == confidence.id)
            #expect(try await hub.store.coding.code(trust.id)?.name == "Earned trust")

            let confirm = try await client.execute(
                uri: "/workspace/codes/\(confidence.id)/delete", method: .get, headers: editor.headers)
            #expect(confirm.text.contains(escaped("Deleting “Confidence” also deletes 1 code below it and 1 coding.")))
            let other = try await code("Relationships", in: hub)
            let merged = try await client.execute(
                uri: "/workspace/codes/\(confidence.id)/merge", method: .post, headers: editor.formHeaders,
                body: editor.form([("target", other.id.description)]))
            #expect(merged.status == .seeOther)
            #expect(try await hub.store.coding.code(trust.id)?.parentID == other.id)
            let deleted = try await client.execute(
                uri: "/workspace/codes/\(other.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([]))
            #expect(deleted.status == .seeOther)
            #expect(try await hub.store.coding.codes().isEmpty)
            #expect(try await hub.store.coding.codings(codes: nil).isEmpty)
        }
    }
}

@Suite("Demo coding")
struct DemoCodingTests {
    @Test("the demo codebook and two coders' coding give the analysis pages something to show, once")
    func demo() async throws {
        try await withApp { hub, client in
            try await DemoCoding.install(store: hub.store, now: TestHub.now)
            try await DemoCoding.install(store: hub.store, now: TestHub.now)
            let codes = try await hub.store.coding.codes()
            #expect(codes.count == (try await hub.store.enablers.all().count) + 1)
            #expect(codes.allSatisfy { $0.enablerID != nil || $0.parentID != nil })
            let codings = try await hub.store.coding.codings(codes: nil)
            #expect(Set(codings.map(\.coderID)).count == 2)
            #expect(codings.allSatisfy { !$0.excerpt.isEmpty })
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let agreement = try await client.execute(
                uri: "/workspace/agreement", method: .get, headers: session.headers)
            #expect(agreement.text.contains("Evaluator A (demo)"))
            #expect(agreement.text.contains("Cohen"))
        }
    }
}

@Suite("Notes on passages")
struct AnnotationWebTests {
    @Test("a note on a passage codes nothing, is listed with its words, and only its writer or an editor removes it")
    func notes() async throws {
        try await withApp { hub, client in
            let story = try await CodingWorkspaceTests().story(in: hub)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let url = "/workspace/coding/story/\(story.id)"
            let empty = try await client.execute(
                uri: url, method: .post, headers: contributor.formHeaders,
                body: contributor.form([("quote", "built trust"), ("action", "annotate"), ("note", "  ")]))
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("Write the note"))
            let added = try await client.execute(
                uri: url, method: .post, headers: contributor.formHeaders,
                body: contributor.form([("quote", "built trust"), ("action", "annotate"), ("note", "Ask who came.")]))
            #expect(added.status == .seeOther)
            #expect(added.location == "\(url)?notice=noted#notes")
            #expect(try await hub.store.coding.codings(of: CodingSource(story: story.id)).isEmpty)
            let notes = try await hub.store.coding.annotations(of: CodingSource(story: story.id))
            #expect(notes.map(\.excerpt) == ["built trust"])
            let page = try await client.execute(uri: url, method: .get, headers: contributor.headers).text
            #expect(page.contains("Notes on passages (1)"))
            #expect(page.contains("<p>Ask who came.</p>"))
            let note = try #require(notes.first)
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let otherContributor = try await client.execute(
                uri: "/workspace/annotations/\(note.id)/delete", method: .post, headers: editor.formHeaders,
                body: editor.form([("confirm", "yes")]))
            #expect(otherContributor.status == .seeOther)
            #expect(try await hub.store.coding.annotations(of: CodingSource(story: story.id)).isEmpty)
        }
    }
}

@Suite("Coding a recording")
struct RecordingCodingWebTests {
    @Test("a testimony's coding page plays its recording beside the transcript, each line with its time and speaker")
    func player() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/coding/testimony/\(DemoIDs.testimony)", method: .get, headers: session.headers
            ).text
            #expect(page.contains("id=\"coding-player\""))
            #expect(page.contains("src=\"/testimony/\(DemoIDs.testimony)/recording\""))
            let testimony = try #require(Testimony.ID(DemoIDs.testimony))
            let text = try #require(try await hub.store.coding.codableText(of: CodingSource(testimony: testimony)))
            let first = try #require(text.cueRanges.first)
            #expect(
                page.contains(
                    "<p><span class=\"cue-meta\"><button type=\"button\" class=\"cue-time\" data-ms=\"\(first.cue.startMs)\">"
                ))
            #expect(page.contains("<span data-o=\"0\">"))
            // A story has no player.
            let story = try await CodingWorkspaceTests().story(in: hub)
            let storyPage = try await client.execute(
                uri: "/workspace/coding/story/\(story.id)", method: .get, headers: session.headers
            ).text
            #expect(!storyPage.contains("coding-player"))
        }
    }
}
