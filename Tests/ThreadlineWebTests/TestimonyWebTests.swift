import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Testimony: recordings, transcripts, clips and consent on the web")
struct TestimonyWebTests {
    // MARK: Consent on every surface

    /// Every scope × state, on every surface an anonymous reader can reach.
    @Test(arguments: ConsentScope.allCases, ConsentState.allCases)
    func consentDecidesEverySurface(scope: ConsentScope, state: ConsentState) async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub, scope: scope, state: state)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let clip = try await TestimonyFixtures.clip(of: testimony, hub: hub)
            let shown = state == .current && scope != .internalOnly
            let id = testimony.id.description

            for path in [
                "/testimony/\(id)", "/clips/\(clip.id)", "/testimony/\(id)/recording",
                "/testimony/\(id)/captions.vtt", "/testimony/\(id)/transcript.srt", "/testimony/\(id)/transcript.txt",
                "/api/v1/testimony/\(id)", "/api/v1/clips/\(clip.id)", "/api/v1/testimony/\(id)/transcript",
            ] {
                let response = try await client.execute(uri: path, method: .get)
                if shown {
                    #expect(response.status == .ok, "\(path) should be public: \(response.status) \(response.text)")
                } else {
                    #expect([.notFound, .gone].contains(response.status), "\(path) leaked: \(response.status)")
                    #expect(!response.text.contains("People began to trust"), "\(path) leaked the transcript")
                }
                // The name appears only with named consent, whatever the surface.
                if scope != .publicNamed {
                    #expect(!response.text.contains("Amina"), "\(path) showed the speaker's name")
                }
                #expect(!response.text.contains("Asked by phone"), "\(path) showed the withdrawal note")
            }
            for path in ["/api/v1/testimony", "/api/v1/clips"] {
                let list = try await client.execute(uri: path, method: .get).text
                #expect(list.contains(path.hasSuffix("clips") ? clip.id.description : id) == shown, "\(path)")
            }
            let page = try await client.execute(uri: "/testimony/\(id)", method: .get)
            if state != .current && scope != .internalOnly {
                #expect(page.status == .gone)
                #expect(page.text.contains("This testimony is no longer available"))
            }
        }
    }

    @Test("Anonymised testimony is attributed by role and place, in the page and in the captions")
    func anonymisedAttribution() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let page = try await client.execute(uri: "/testimony/\(testimony.id)", method: .get).text
            #expect(page.contains("Youth worker, Salford"))
            #expect(page.contains("<track kind=\"captions\" src=\"/testimony/\(testimony.id)/captions.vtt\""))
            #expect(page.contains("<audio controls preload=\"metadata\" data-player>"))
            #expect(page.contains("data-start=\"3\" data-end=\"4\""))
            let captions = try await client.execute(uri: "/testimony/\(testimony.id)/captions.vtt", method: .get)
            #expect(captions.contentType == "text/vtt; charset=utf-8")
            #expect(captions.text.contains("<v Youth worker>We started meeting every week."))
            #expect(captions.text.contains("<v Interviewer>What changed?"))
        }
    }

    @Test("The team hears and reads everything, named, whatever the consent")
    func teamSeesInternal() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub, scope: .internalOnly, status: .draft)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let token = try await hub.token(for: hub.contributor)
            let transcript = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .get, headers: headers(bearer: token))
            #expect(transcript.status == .ok)
            #expect(transcript.text.contains("Amina Bello"))
        }
    }

    // MARK: Uploads

    @Test("An upload is stored by its SHA-256, its type and length read from its bytes")
    func uploadStoresByDigest() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let stored = try #require(try await hub.store.testimonies.get(testimony.id))
            #expect(stored.mediaType == "audio/wav")
            #expect(stored.durationMs == 4000)
            #expect(stored.durationSource == "file")
            #expect(stored.mediaBytes == TestimonyFixtures.wav(milliseconds: 4000).count)
            #expect(stored.mediaName == "interview.wav")
            let sha = try #require(stored.mediaSHA256)
            let file = URL(fileURLWithPath: hub.dependencies.configuration.mediaPath)
                .appendingPathComponent(String(sha.prefix(2))).appendingPathComponent(sha)
            #expect(try Data(contentsOf: file) == Data(TestimonyFixtures.wav(milliseconds: 4000)))
        }
    }

    @Test(
        "Bad recordings are refused with a sentence and change nothing",
        arguments: [
            ("empty.wav", [UInt8](), "empty"),
            (
                "picture.wav", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64),
                "PNG"
            ),
            ("talk.mp3", TestimonyFixtures.wav(milliseconds: 500), "WAV"),
            ("cut.wav", Array(TestimonyFixtures.wav(milliseconds: 2000).prefix(1000)), "cut off"),
        ])
    func badRecordings(name: String, bytes: [UInt8], expected: String) async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            let token = try await hub.token(for: hub.editor)
            let folder = hub.dependencies.configuration.mediaPath
            let before = Set((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [])
            let response = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/recording?name=\(name)", method: .put,
                headers: headers(bearer: token, contentType: "application/octet-stream"), body: ByteBuffer(bytes: bytes)
            )
            #expect(response.status == .unprocessableContent, "\(response.text)")
            #expect(response.text.lowercased().contains(expected.lowercased()), "\(response.text)")
            #expect(try await hub.store.testimonies.get(testimony.id) == testimony)
            let after = Set((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? [])
            #expect(after == before, "files left in the media folder: \(after.subtracting(before))")
        }
    }

    @Test("An upload over the limit is refused with 413 from its declared length")
    func oversizedUpload() async throws {
        try await withApp(maxUploadBytes: 10_000) { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            let token = try await hub.token(for: hub.editor)
            let response = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/recording", method: .put,
                headers: headers(bearer: token, contentType: "audio/wav"),
                body: ByteBuffer(bytes: TestimonyFixtures.wav(milliseconds: 2000)))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("too_large"))
            #expect(try await hub.store.testimonies.get(testimony.id) == testimony)
        }
    }

    @Test("Only the team can upload: anonymous 401, nothing stored")
    func anonymousUploadRefused() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            let response = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/recording", method: .put,
                body: ByteBuffer(bytes: TestimonyFixtures.wav(milliseconds: 500)))
            #expect(response.status == .unauthorized)
        }
    }

    // MARK: Range requests

    @Test("The recording is served with Range support: 200, 206, multipart, 416, If-Range and 304")
    func rangeRequests() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let wav = TestimonyFixtures.wav(milliseconds: 4000)
            let path = "/testimony/\(testimony.id)/recording"
            func get(_ fields: HTTPFields) async throws -> TestResponse {
                try await client.execute(uri: path, method: .get, headers: fields)
            }
            let whole = try await get([:])
            #expect(whole.status == .ok)
            #expect(whole.headers[.acceptRanges] == "bytes")
            #expect(whole.contentType == "audio/wav")
            #expect(Array(whole.body.readableBytesView) == wav)
            let etag = try #require(whole.headers[.eTag])

            let first = try await get([.range: "bytes=0-9"])
            #expect(first.status == .partialContent)
            #expect(first.headers[.contentRange] == "bytes 0-9/\(wav.count)")
            #expect(Array(first.body.readableBytesView) == Array(wav[0...9]))

            let tail = try await get([.range: "bytes=-100"])
            #expect(Array(tail.body.readableBytesView) == Array(wav.suffix(100)))
            let seek = try await get([.range: "bytes=40000-"])
            #expect(Array(seek.body.readableBytesView) == Array(wav[40000...]))

            let several = try await get([.range: "bytes=0-3,100-103"])
            #expect(several.status == .partialContent)
            #expect(several.contentType?.hasPrefix("multipart/byteranges; boundary=") == true)
            #expect(several.text.contains("Content-Range: bytes 100-103/\(wav.count)"))
            #expect(several.headers[.contentLength] == String(several.body.readableBytes))

            let beyond = try await get([.range: "bytes=\(wav.count + 10)-"])
            #expect(beyond.status == .rangeNotSatisfiable)
            #expect(beyond.headers[.contentRange] == "bytes */\(wav.count)")

            #expect(try await get([.range: "bytes=0-9", .ifRange: etag]).status == .partialContent)
            #expect(try await get([.range: "bytes=0-9", .ifRange: "\"other\""]).status == .ok)
            #expect(try await get([.ifNoneMatch: etag]).status == .notModified)

            let head = try await client.execute(uri: path, method: .head)
            #expect(head.status == .ok)
            #expect(head.headers[.contentLength] == String(wav.count))
        }
    }

    // MARK: Transcripts

    @Test("A malformed transcript is refused with every problem's line, and the old one stays")
    func malformedTranscript() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let before = try await hub.store.transcripts.cues(of: testimony.id)
            let token = try await hub.token(for: hub.editor)
            let broken = "WEBVTT\n\n00:05.000 --> 00:04.000\nBackwards.\n\n00:01.000 --> 00:61.000\nBad.\n"
            let response = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .put, headers: headers(bearer: token),
                body: ByteBuffer(string: broken))
            #expect(response.status == .unprocessableContent)
            let text = response.text
            #expect(text.contains("line 3"))
            #expect(text.contains("line 6"))
            #expect(try await hub.store.transcripts.cues(of: testimony.id) == before)
        }
    }

    @Test("Transcripts download as WebVTT, SRT and text")
    func downloads() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub, scope: .publicNamed)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let srt = try await client.execute(uri: "/testimony/\(testimony.id)/transcript.srt", method: .get)
            #expect(srt.text.hasPrefix("1\n00:00:00,000 --> 00:00:01,500\nAmina Bello: We started meeting every week."))
            #expect(srt.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            let text = try await client.execute(uri: "/testimony/\(testimony.id)/transcript.txt", method: .get).text
            #expect(text.contains("[0:03] Amina Bello: People began to trust each other."))
        }
    }

    // MARK: Clips

    @Test("A clip's page quotes the cues it covers and plays only its range")
    func clipPage() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let clip = try await TestimonyFixtures.clip(of: testimony, hub: hub)
            let page = try await client.execute(uri: "/clips/\(clip.id)", method: .get).text
            #expect(page.contains("<blockquote><p>People began to trust each other.</p></blockquote>"))
            #expect(page.contains("src=\"/testimony/\(testimony.id)/recording#t=3,4\""))
            #expect(page.contains("href=\"/testimony/\(testimony.id)#t=3,4\""))
        }
    }

    @Test("A clip outside the recording, or ending before it starts, is refused")
    func clipValidation() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await TestimonyFixtures.equip(testimony, hub: hub, client: client)
            let token = try await hub.token(for: hub.editor)
            for (start, end, field) in [(3000, 9000, "end_ms"), (3000, 2000, "end_ms")] {
                let response = try await client.execute(
                    uri: "/api/v1/clips", method: .post,
                    headers: headers(bearer: token, contentType: "application/json"),
                    body: ByteBuffer(
                        string:
                            #"{"testimony_id": "\#(testimony.id)", "title": "x", "start_ms": \#(start), "end_ms": \#(end)}"#
                    ))
                #expect([.unprocessableContent, .conflict].contains(response.status), "\(response.text)")
                #expect(response.text.contains(field))
            }
            #expect(try await hub.store.clips.all().allSatisfy { $0.testimonyID != testimony.id })
        }
    }

    // MARK: Found in review

    @Test("A duration typed by hand is kept when a transcript is imported later")
    func manualDurationIsKept() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            let token = try await hub.token(for: hub.editor)
            let patch = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)", method: .patch,
                headers: headers(bearer: token, contentType: "application/json"),
                body: ByteBuffer(string: #"{"duration_ms": 90000}"#))
            #expect(patch.status == .ok, "\(patch.text)")
            _ = try await client.execute(
                uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .put, headers: headers(bearer: token),
                body: ByteBuffer(string: TestimonyFixtures.vtt))
            let stored = try #require(try await hub.store.testimonies.get(testimony.id))
            #expect(stored.durationMs == 90000)
            #expect(stored.durationSource == "manual")
        }
    }

    @Test("Anonymous lists count only what they show, and clips' team notes stay in the team")
    func anonymousListsHideCountsAndNotes() async throws {
        try await withApp { hub, client in
            let hidden = try await TestimonyFixtures.testimony(hub: hub, scope: .internalOnly)
            _ = try await TestimonyFixtures.clip(of: hidden, hub: hub)
            let testimony = try await client.execute(uri: "/api/v1/testimony", method: .get).json()
            #expect(testimony["total"]?.intValue == 1)  // the demo's public testimony only
            let clips = try await client.execute(uri: "/api/v1/clips", method: .get)
            #expect(try clips.json()["total"]?.intValue == 1)
            #expect(!clips.text.contains("Quoted where the report"))
        }
    }

    @Test("Recordings are revalidated on every play, so withdrawn consent takes effect at once")
    func recordingsAreNotCached() async throws {
        try await withApp { _, client in
            let response = try await client.execute(
                uri: "/testimony/\(DemoIDs.testimony)/recording", method: .head)
            #expect(response.headers[.cacheControl] == "private, no-cache")
            #expect(response.contentType?.hasPrefix("audio/ogg") == true)
        }
    }
}
