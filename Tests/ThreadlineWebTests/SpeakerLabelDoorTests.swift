import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

/// Under anonymised consent, a speaker label that could name someone reaches no public door: the testimony page,
/// captions, the three transcript downloads, the clip page, the API and the static site.
@Suite("Transcript privacy at every door")
struct SpeakerLabelDoorTests {
    /// A transcript whose labels write the speaker's name in ways an exact match misses, with another person.
    static let vtt = """
        WEBVTT

        00:00.000 --> 00:01.000
        <v A. Bello>We started meeting every week.

        00:01.000 --> 00:02.000
        <v Interviewer>What changed?

        00:02.000 --> 00:03.000
        <v Ms Bello>People began to trust each other.

        00:03.000 --> 00:03.500
        <v Amina Bello (participant)>Slowly.

        00:03.500 --> 00:04.000
        <v Jo Whitfield>And the council noticed.
        """

    /// Every public address that shows the transcript's labels, for the testimony and its clip.
    static func publicAddresses(_ testimony: Testimony, _ clip: Clip) -> [String] {
        let base = "/testimony/\(testimony.id)"
        return [
            base, "\(base)/captions.vtt", "\(base)/transcript.vtt", "\(base)/transcript.srt",
            "\(base)/transcript.txt", "/api/v1/testimony/\(testimony.id)/transcript", "/clips/\(clip.id)",
        ]
    }

    static let names = ["Bello", "Amina", "Whitfield"]

    static func equip(_ testimony: Testimony, hub: TestHub, client: any TestClientProtocol) async throws -> Clip {
        try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
        let token = try await hub.token(for: hub.editor)
        let transcript = try await client.execute(
            uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .put, headers: headers(bearer: token),
            body: ByteBuffer(string: vtt))
        #expect(transcript.status == .ok, "transcript: \(transcript.text)")
        let clip = Clip(
            id: RandomIDGenerator().next(), testimonyID: testimony.id, title: "Trust", startMs: 0, endMs: 4000,
            status: .published, createdAt: TestHub.now, publishedAt: TestHub.now)
        try await hub.store.clips.create(clip)
        return clip
    }

    @Test("No form of the speaker's name, nor another person's, reaches any public door", arguments: [true, false])
    func noNameAnywhere(nameRecorded: Bool) async throws {
        try await withApp { hub, client in
            var testimony = try await TestimonyFixtures.testimony(hub: hub)
            if !nameRecorded {
                testimony.speakerName = ""
                try await hub.store.testimonies.update(testimony)
            }
            let clip = try await Self.equip(testimony, hub: hub, client: client)
            for path in Self.publicAddresses(testimony, clip) {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path): \(response.status)")
                for name in Self.names {
                    #expect(!response.text.contains(name), "\(path) shows \(name)")
                }
                #expect(response.text.contains("Interviewer"), "\(path) lost the interviewer's label")
            }
            let captions = try await client.execute(uri: "/testimony/\(testimony.id)/captions.vtt", method: .get).text
            if nameRecorded {
                #expect(captions.contains("<v Youth worker>We started meeting every week."))
                #expect(captions.contains("<v Youth worker>Slowly."))
                #expect(captions.contains("<v Speaker 2>And the council noticed."))
            } else {
                #expect(captions.contains("<v Speaker 1>We started meeting every week."))
                #expect(captions.contains("<v Speaker 3>Slowly."))
            }
            // The static site writes the same pages and files.
            let site = ExportedSite.make()
            defer { try? FileManager.default.removeItem(at: site.folder) }
            try await site.export(hub)
            let files = try site.allFiles().filter {
                $0.key.contains(testimony.id.description) || $0.key.contains(clip.id.description)
            }
            #expect(files.count >= 6, "\(files.keys.sorted())")
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for name in Self.names { #expect(!text.contains(name), "site \(path) shows \(name)") }
            }
            // The team still reads the labels as written.
            let token = try await hub.token(for: hub.contributor)
            let team = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .get, headers: headers(bearer: token))
            #expect(team.text.contains("Jo Whitfield") && team.text.contains("Ms Bello"))
        }
    }

    @Test("An editor marks a label safe on the media page; a contributor cannot")
    func markSafe() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            let clip = try await Self.equip(testimony, hub: hub, client: client)
            let media = "/workspace/testimony/\(testimony.id)/media"
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let page = try await client.execute(uri: media, method: .get, headers: editor.headers).text
            let labels = try #require(htmlSection(page, id: "labels-title"))
            #expect(labels.contains("<td>Jo Whitfield</td><td>Speaker 2</td>"))
            #expect(labels.contains("<td>Ms Bello</td><td>Youth worker</td>"))
            #expect(labels.contains("name=\"safe_label\" value=\"Jo Whitfield\""))

            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let refused = try await client.execute(
                uri: "\(media.dropLast(6))/safe-labels", method: .post, headers: contributor.formHeaders,
                body: contributor.form([("safe_label", "Jo Whitfield")]))
            #expect(refused.status == .forbidden)
            #expect(try await hub.store.transcripts.safeSpeakerLabels(of: testimony.id).isEmpty)

            let saved = try await client.execute(
                uri: "\(media.dropLast(6))/safe-labels", method: .post, headers: editor.formHeaders,
                body: editor.form([("safe_label", "Jo Whitfield")]))
            #expect(saved.status == .seeOther)
            #expect(try await hub.store.transcripts.safeSpeakerLabels(of: testimony.id) == ["Jo Whitfield"])
            for path in Self.publicAddresses(testimony, clip) {
                let text = try await client.execute(uri: path, method: .get).text
                #expect(text.contains("Jo Whitfield"), "\(path)")
                #expect(!text.contains("Bello"), "\(path)")
            }
            let audit = try await hub.store.audit.list(AuditQuery(entityID: testimony.id.description))
            #expect(audit.items.contains { $0.summary.contains("speaker labels") })
        }
    }
}
