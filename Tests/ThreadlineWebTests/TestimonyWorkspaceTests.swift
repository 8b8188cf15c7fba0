import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Workspace: a testimony's recording and transcript")
struct TestimonyWorkspaceTests {
    @Test("The page shows the recording, the transcript as editable lines, and the clips")
    func mediaPage() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(
                uri: "/workspace/testimony/\(DemoIDs.testimony)/media", method: .get, headers: session.headers)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("audio/ogg"))
            #expect(html.contains("value=\"00:24.601\""))
            #expect(html.contains("Trust grows when partners keep their word"))
            #expect(html.contains("data-upload-url=\"/api/v1/testimony/\(DemoIDs.testimony)/recording\""))
            let edit = try await client.execute(
                uri: "/workspace/testimony/\(DemoIDs.testimony)", method: .get, headers: session.headers)
            #expect(edit.text.contains("href=\"/workspace/testimony/\(DemoIDs.testimony)/media\""))
        }
    }

    @Test("A pasted transcript with problems is refused line by line and keeps what was pasted; a good one replaces it")
    func importTranscript() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            let before = try await hub.store.transcripts.cues(of: id)
            let broken = "WEBVTT\n\n00:02.000 --> 00:01.000\nBackwards\n"
            let refused = try await client.execute(
                uri: "/workspace/testimony/\(id)/transcript", method: .post, headers: session.formHeaders,
                body: session.form([("transcript", broken)]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("line 3"))
            #expect(refused.text.contains("Backwards"))
            #expect(try await hub.store.transcripts.cues(of: id) == before)

            let good = "[00:00:01] Interviewer: Hello.\n[00:00:03] Youth worker: Hello again.\n"
            let saved = try await client.execute(
                uri: "/workspace/testimony/\(id)/transcript", method: .post, headers: session.formHeaders,
                body: session.form([("transcript", good), ("format", "text")]))
            #expect(saved.status == .seeOther)
            let cues = try await hub.store.transcripts.cues(of: id)
            #expect(cues.map(\.speaker) == ["Interviewer", "Youth worker"])
        }
    }

    @Test("Cues and speakers are corrected line by line; an emptied line is deleted; bad times are refused")
    func editCues() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            let before = try await hub.store.transcripts.cues(of: id)
            var fields: [(String, String)] = [("rows", "3")]
            fields += [
                ("start_0", "00:00.000"), ("end_0", "00:04.477"), ("speaker_0", "Researcher"), ("text_0", "Edited."),
            ]
            fields += [("start_1", "00:04.877"), ("end_1", "00:09.872"), ("speaker_1", ""), ("text_1", "")]
            fields += [
                ("start_2", "00:10.000"), ("end_2", "00:12.5"), ("speaker_2", "Youth worker"), ("text_2", "New."),
            ]
            let saved = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post, headers: session.formHeaders,
                body: session.form(fields))
            #expect(saved.status == .seeOther)
            let cues = try await hub.store.transcripts.cues(of: id)
            #expect(
                cues == [
                    TranscriptCue(startMs: 0, endMs: 4477, speaker: "Researcher", text: "Edited."),
                    TranscriptCue(startMs: 10000, endMs: 12500, speaker: "Youth worker", text: "New."),
                ])
            #expect(cues.count != before.count)

            let bad: [(String, String)] = [("rows", "1"), ("start_0", "1:2"), ("end_0", "00:03.000"), ("text_0", "x")]
            let refused = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post, headers: session.formHeaders,
                body: session.form(bad))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("cue 1"))
            #expect(try await hub.store.transcripts.cues(of: id) == cues)

            let forged = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post,
                headers: [.cookie: session.cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "rows=0"))
            #expect(forged.status == .forbidden)
            #expect(try await hub.store.transcripts.cues(of: id) == cues)
        }
    }

    @Test("The recording uploads through the API with the session and its CSRF header")
    func uploadWithSession() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            var headers = session.headers
            headers[.contentType] = "audio/wav"
            let refused = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/recording", method: .put, headers: headers,
                body: ByteBuffer(bytes: TestimonyFixtures.wav(milliseconds: 500)))
            // Without the header the session is not trusted for a write at all.
            #expect([.unauthorized, .forbidden].contains(refused.status))
            headers[HTTPField.Name("X-CSRF-Token")!] = session.csrfToken
            let accepted = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/recording", method: .put, headers: headers,
                body: ByteBuffer(bytes: TestimonyFixtures.wav(milliseconds: 500)))
            #expect(accepted.status == .ok)
        }
    }

    @Test("Hostile row counts and times are refused, not a crash", arguments: ["-1", "99999999999"])
    func hostileCueForms(rows: String) async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            let before = try await hub.store.transcripts.cues(of: id)
            let response = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("rows", rows), ("start_0", "999999999999999999:00"), ("end_0", "00:01.000"), ("text_0", "x"),
                ]))
            #expect(response.status == .unprocessableContent)
            #expect(try await hub.store.transcripts.cues(of: id) == before)
            // A sensible row count with an absurd time is refused too, line by line.
            let absurd = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post, headers: session.formHeaders,
                body: session.form([
                    ("rows", "1"), ("start_0", "999999999999999999:00"), ("end_0", "00:01.000"), ("text_0", "x"),
                ]))
            #expect(absurd.status == .unprocessableContent)
            #expect(absurd.text.contains("cue 1"))
        }
    }
}

/// IDs of the demo programme's testimony.
enum DemoIDs {
    static let testimony = "00000000-0000-4000-8000-000000000901"
    static let clip = "00000000-0000-4000-8000-000000000951"
}
