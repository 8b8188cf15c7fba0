import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

@testable import ThreadlineWeb

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
            #expect(saved.status == .ok)
            #expect(saved.text.contains("The transcript was imported as"))
            let cues = try await hub.store.transcripts.cues(of: id)
            #expect(cues.map(\.speaker) == ["Interviewer", "Youth worker"])
        }
    }

    @Test("A file read leniently says what changed on the way in; its name's extension chooses the format")
    func importNotesAndExtension() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            // Out of order, with a cue of no text and a line of spaces between cues, as streaming exports have.
            let vtt =
                "WEBVTT\n\n00:00:05.000 --> 00:00:07.000\nSecond.\n   \n00:00:01.000 --> 00:00:03.000\nFirst.\n\n"
                + "00:00:08.000 --> 00:00:09.000\n\n"
            let saved = try await client.execute(
                uri: "/workspace/testimony/\(id)/transcript", method: .post, headers: session.formHeaders,
                body: session.form([("transcript", vtt), ("transcript_name", "export.vtt")]))
            #expect(saved.status == .ok)
            #expect(saved.text.contains("<ul class=\"import-notes\">"))
            #expect(saved.text.contains("sorted"))
            #expect(try await hub.store.transcripts.cues(of: id).map(\.text) == ["First.", "Second."])
            // YouTube's .sbv, chosen by the name alone.
            let sbv = "0:00:01.000,0:00:02.500\nHello from the park.\n\n0:00:03.000,0:00:04.000\nAnd again.\n"
            let fromName = try await client.execute(
                uri: "/workspace/testimony/\(id)/transcript", method: .post, headers: session.formHeaders,
                body: session.form([("transcript", sbv), ("transcript_name", "captions.sbv")]))
            #expect(fromName.status == .ok)
            #expect(try await hub.store.transcripts.cues(of: id).map(\.text) == ["Hello from the park.", "And again."])
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
            // The problem names the control as the page labels it, and links to it; never the form's own name.
            #expect(refused.text.contains("<a href=\"#cue-start-0\">Line 1 start: &quot;1:2&quot; is not a time"))
            #expect(refused.text.contains("id=\"cue-start-0\""))
            #expect(!refused.text.contains("start_0:"))
            #expect(try await hub.store.transcripts.cues(of: id) == cues)

            let forged = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post,
                headers: [.cookie: session.cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "rows=0"))
            #expect(forged.status == .forbidden)
            #expect(try await hub.store.transcripts.cues(of: id) == cues)
        }
    }

    @Test("A long transcript is edited a page of lines at a time: only that page is sent, the rest stay as they were")
    func pagedCueEditor() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let id = try #require(Testimony.ID(DemoIDs.testimony))
            let long = (0..<250).map {
                TranscriptCue(startMs: $0 * 2000, endMs: $0 * 2000 + 1500, speaker: nil, text: "Line number \($0 + 1).")
            }
            try await hub.store.transcripts.replace(cues: long, of: id, durationFromTranscript: true)

            let firstPage = try await client.execute(
                uri: "/workspace/testimony/\(id)/media", method: .get, headers: session.headers)
            #expect(firstPage.text.components(separatedBy: "name=\"text_").count - 1 == 100)
            #expect(firstPage.text.contains("Lines 1–100 of 250."))
            #expect(!firstPage.text.contains("name=\"text_100\""))
            let middle = try await client.execute(
                uri: "/workspace/testimony/\(id)/media?from=100", method: .get, headers: session.headers)
            #expect(middle.text.contains("name=\"text_100\""))
            #expect(middle.text.contains("name=\"text_199\""))
            #expect(!middle.text.contains("name=\"text_200\""))
            #expect(middle.text.contains("Lines 101–200 of 250."))

            // Saving the middle page with one line changed changes that line only.
            var fields: [(String, String)] = [("rows", "100"), ("first", "100"), ("total", "250")]
            for index in 100..<200 {
                let cue = long[index]
                fields += [
                    ("start_\(index)", CueEditorForm.text(cue.startMs)),
                    ("end_\(index)", CueEditorForm.text(cue.endMs)),
                    ("speaker_\(index)", ""), ("text_\(index)", index == 150 ? "Corrected." : cue.text),
                ]
            }
            let saved = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post, headers: session.formHeaders,
                body: session.form(fields))
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/workspace/testimony/\(id)/media?saved=cues&from=100")
            var expected = long
            expected[150].text = "Corrected."
            #expect(try await hub.store.transcripts.cues(of: id) == expected)
            let notice = try await client.execute(
                uri: "/workspace/testimony/\(id)/media?saved=cues&from=100", method: .get, headers: session.headers)
            #expect(
                notice.text.contains(
                    "<div class=\"notice\" role=\"status\"><p>The transcript&#39;s lines were saved.</p></div>"))

            // A page opened before the transcript changed is refused, keeping what was typed.
            fields[2] = ("total", "249")
            let stale = try await client.execute(
                uri: "/workspace/testimony/\(id)/cues", method: .post, headers: session.formHeaders,
                body: session.form(fields))
            #expect(stale.status == .unprocessableContent)
            #expect(stale.text.contains("The transcript changed after this page was opened"))
            #expect(stale.text.contains("Corrected."))
            #expect(try await hub.store.transcripts.cues(of: id) == expected)
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
            #expect(absurd.text.contains("Line 1 start"))
        }
    }
}

/// IDs of the demo programme's testimony.
enum DemoIDs {
    static let testimony = "00000000-0000-4000-8000-000000000901"
    static let clip = "00000000-0000-4000-8000-000000000951"
}
