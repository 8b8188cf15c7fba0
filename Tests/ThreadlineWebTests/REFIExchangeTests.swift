import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore
import ThreadlineTestSupport

@testable import ThreadlineServices
@testable import ThreadlineWeb

@Suite("REFI-QDA exchange")
struct REFIExchangeTests {
    /// Codes the demo testimony's second cue and a story, with memos, as the editor.
    func codeDemo(_ hub: TestHub) async throws -> (Code, Story) {
        let coder = try await hub.store.coding.coder(for: hub.editor)
        let parent = Code(
            id: Code.ID(UUID()), name: "Relationships", colour: "#225599", memo: "Why it matters.",
            createdAt: TestHub.now)
        let trust = Code(id: Code.ID(UUID()), parentID: parent.id, name: "Trust", createdAt: TestHub.now)
        try await hub.store.coding.save(parent)
        try await hub.store.coding.save(trust)
        let testimony = try #require(Testimony.ID(DemoIDs.testimony))
        let text = try #require(try await hub.store.coding.codableText(of: CodingSource(testimony: testimony)))
        let cue = text.cueRanges[1]
        let story = try #require(try await hub.store.stories.all().first { !$0.body.isEmpty })
        try await hub.store.coding.add([
            Coding(
                id: Coding.ID(UUID()), codeID: trust.id, source: CodingSource(testimony: testimony), coderID: coder.id,
                start: cue.start + 2, end: cue.end, memo: "Said twice.", createdAt: TestHub.now),
            Coding(
                id: Coding.ID(UUID()), codeID: parent.id, source: CodingSource(story: story.id), coderID: coder.id,
                start: 0, end: 5, createdAt: TestHub.now),
        ])
        return (trust, story)
    }

    func download(_ client: some TestClientProtocol, _ session: SignedInSession, to url: URL) async throws {
        let response = try await client.execute(
            uri: "/workspace/refi/project.qdpx", method: .get, headers: session.headers)
        #expect(response.status == .ok)
        #expect(response.headers[.contentDisposition]?.contains(".qdpx") == true)
        try Data(buffer: response.body).write(to: url)
    }

    func upload(
        _ client: some TestClientProtocol, _ session: SignedInSession, _ data: Data, name: String, token: String? = nil
    ) async throws -> TestResponse {
        var headers = session.headers
        headers[AuthenticationMiddleware.csrfHeader] = token ?? session.csrfToken
        return try await client.execute(
            uri: "/workspace/refi/import?name=\(name)", method: .put, headers: headers, body: ByteBuffer(bytes: data))
    }

    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("refi-\(UUID().uuidString)-\(name)")
    }

    @Test(
        "the programme's export carries users, codes, sources, transcript sync points, codings, notes and cases, and validates"
    )
    func export() async throws {
        try await withApp { hub, client in
            let (trust, story) = try await codeDemo(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let file = temporaryFile("export.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try await download(client, session, to: file)
            let project = try QDPXReader.read(from: file)
            #expect(project.users.map(\.name) == [hub.editor.displayName])
            #expect(project.codes.map(\.name) == ["Relationships"])
            #expect(project.codes.first?.children.map(\.guid.rawValue) == [trust.id.rawValue.uuidString])
            #expect(project.codes.first?.color == "#225599")
            let testimony = try #require(project.sources.first { $0.guid.rawValue == DemoIDs.testimony.uppercased() })
            #expect(testimony.kind == .audio || testimony.kind == .video)
            #expect(testimony.originalFile != nil)
            let transcript = try #require(testimony.transcripts.first)
            #expect(
                transcript.syncPoints.count >= 2
                    * (try await hub.store.transcripts.cues(of: Testimony.ID(DemoIDs.testimony)!).count))
            #expect(transcript.selections.first?.codings.first?.codeGUID.rawValue == trust.id.rawValue.uuidString)
            #expect(project.notes.map(\.plainText).sorted() == ["Said twice.", "Why it matters."])
            let storySource = try #require(project.sources.first { $0.guid.rawValue == story.id.rawValue.uuidString })
            // A story's text is what it reads as; its Markdown travels beside it for an import to make it again.
            #expect(storySource.plainText == CodableText(markdown: story.body).text)
            #expect(storySource.plainText?.contains("**") == false)
            #expect(storySource.selections.first?.range == .text(start: 0, end: 5))
            #expect(
                project.cases.count
                    == (try await hub.store.places.all().count) + (try await hub.store.cases.cases().count))
            // Reflective logs travel as text sources: their three questions as one text, as they are coded here.
            let log = try #require(try await hub.store.reflectiveLogs.get(slug: "salford-one-summer-plan"))
            let logSource = try #require(project.sources.first { $0.guid.rawValue == log.id.rawValue.uuidString })
            #expect(logSource.plainText == CodableText(markdown: log.codableBody).text)
            #expect(logSource.kind == .text)

            if InteropFiles.runsSchemaChecks {
                let xml = try QDPXWriter.projectXML(project)
                let (status, output) = try InteropFiles.validate(xml, schema: "Project.xsd")
                #expect(status == 0, "\(output)")
                let codebook = try await client.execute(
                    uri: "/workspace/codes.qdc", method: .get, headers: session.headers)
                let (qdcStatus, qdcOutput) = try InteropFiles.validate(
                    Data(buffer: codebook.body), schema: "Codebook.xsd")
                #expect(qdcStatus == 0, "\(qdcOutput)")
            } else {
                print("Skipping schema validation: xmllint (Debian libxml2-utils) or ../shared/interop is missing.")
            }
        }
    }

    @Test("export → import → export keeps GUIDs, positions, times and the recording")
    func roundTrip() async throws {
        let file = temporaryFile("first.qdpx")
        let second = temporaryFile("second.qdpx")
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: second)
        }
        let sha = Mutex<String?>(nil)
        try await withApp { hub, client in
            _ = try await codeDemo(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            try await download(client, session, to: file)
            let stored = try await hub.store.testimonies.get(Testimony.ID(DemoIDs.testimony)!)?.mediaSHA256
            sha.withLock { $0 = stored }
        }
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await upload(client, session, try Data(contentsOf: file), name: "first.qdpx")
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.text.contains("Added"))
            let testimony = try #require(try await hub.store.testimonies.get(Testimony.ID(DemoIDs.testimony)!))
            let expected = sha.withLock { $0 }
            #expect(expected != nil)
            #expect(testimony.mediaSHA256 == expected)
            #expect(testimony.status == .draft)
            // The demo's anonymised consent comes with the hub's own export (scope and day given, not the name);
            // consent that does not come whole arrives internal only (REFIEmptyHubTests).
            #expect(testimony.consentScope == .publicAnonymised)
            #expect(testimony.speakerName.isEmpty)
            try await download(client, session, to: second)
            // Importing the same file again adds nothing.
            let again = try await upload(client, session, try Data(contentsOf: file), name: "first.qdpx")
            #expect(again.text.contains("Added nothing"))
        }
        func selections(_ project: QDAProject) -> [String] {
            project.sources.flatMap { source in
                (source.selections + source.transcripts.flatMap(\.selections)).flatMap { selection in
                    selection.codings.map {
                        "\(source.guid) \(selection.guid) \(selection.range) \($0.guid) \($0.codeGUID)"
                    }
                }
            }.sorted()
        }
        let first = try QDPXReader.read(from: file)
        let again = try QDPXReader.read(from: second)
        #expect(!selections(first).isEmpty)
        #expect(selections(first) == selections(again))
        #expect(first.codes == again.codes)
        #expect(Set(first.sources.map(\.guid)) == Set(again.sources.map(\.guid)))
        let points = { (project: QDAProject) in
            project.sources.flatMap(\.transcripts).flatMap(\.syncPoints).map {
                "\($0.guid) \($0.position ?? -1) \($0.timeStampMs ?? -1)"
            }.sorted()
        }
        #expect(points(first) == points(again))
    }

    @Test("the hub's own export imported into the same hub adds nothing: no case study or log comes back as a story")
    func ownExportAddsNothing() async throws {
        try await withApp { hub, client in
            _ = try await codeDemo(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let file = temporaryFile("own.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try await download(client, session, to: file)
            let caseStudies = try await hub.store.caseStudies.all()
            let logs = try await hub.store.reflectiveLogs.all()
            #expect(!caseStudies.isEmpty && !logs.isEmpty)
            let storiesBefore = try await hub.store.stories.all().map(\.id)
            let codingsBefore = try await hub.store.coding.codings(codes: nil).count

            let response = try await upload(client, session, try Data(contentsOf: file), name: "own.qdpx")
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.text.contains("Added nothing"), "\(response.text)")
            #expect(response.text.contains("case studies"), "\(response.text)")
            #expect(try await hub.store.stories.all().map(\.id) == storiesBefore)
            #expect(try await hub.store.coding.codings(codes: nil).count == codingsBefore)
            let caseStudyIDs = Set(caseStudies.map(\.id.rawValue))
            let logIDs = Set(logs.map(\.id.rawValue))
            for story in try await hub.store.stories.all() {
                #expect(!caseStudyIDs.contains(story.id.rawValue) && !logIDs.contains(story.id.rawValue))
            }
        }
    }

    @Test(
        "a recording keeps its own extension whatever parameters its type carries; one Threadline cannot name is .bin")
    func recordingExtensions() {
        #expect(REFIExporter.fileExtension("audio/ogg; codecs=opus") == "ogg")
        #expect(REFIExporter.fileExtension("Audio/MPEG") == "mp3")
        #expect(REFIExporter.fileExtension("video/mp4; codecs=\"avc1\"") == "mp4")
        #expect(REFIExporter.fileExtension("audio/flac") == "flac")
        #expect(REFIExporter.fileExtension("application/x-unknown") == "bin")
        #expect(REFIExporter.fileExtension(nil) == "bin")
    }

    @Test(
        "testimony without a recording is exported as the text of its transcript, and comes back to the same hub as itself"
    )
    func testimonyWithoutRecording() async throws {
        try await withApp { hub, client in
            let testimony = try await TestimonyFixtures.testimony(hub: hub)
            try await hub.store.transcripts.replace(
                cues: [
                    TranscriptCue(startMs: 0, endMs: 2000, speaker: "Amina Bello", text: "We met every week."),
                    TranscriptCue(startMs: 2000, endMs: 4000, text: "People began to trust each other."),
                ], of: testimony.id, durationFromTranscript: true)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let file = temporaryFile("unrecorded.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try await download(client, session, to: file)
            let project = try QDPXReader.read(from: file)
            let source = try #require(project.sources.first { $0.guid.rawValue == testimony.id.rawValue.uuidString })
            #expect(source.kind == .text)
            #expect(source.originalFile == nil)
            #expect(source.plainText?.contains("People began to trust each other.") == true)
            // The demo's recorded testimony keeps its Ogg's extension.
            let demo = try #require(project.sources.first { $0.guid.rawValue == DemoIDs.testimony.uppercased() })
            #expect(demo.originalFile?.name.hasSuffix(".ogg") == true, "\(String(describing: demo.originalFile?.name))")

            let stories = try await hub.store.stories.all().count
            let response = try await upload(client, session, try Data(contentsOf: file), name: "unrecorded.qdpx")
            #expect(response.text.contains("Added nothing"), "\(response.text)")
            #expect(try await hub.store.stories.all().count == stories)
        }
    }

    @Test("withdrawn testimony is left out of an export with its codings")
    func withdrawn() async throws {
        try await withApp { hub, client in
            _ = try await codeDemo(hub)
            var testimony = try #require(try await hub.store.testimonies.get(Testimony.ID(DemoIDs.testimony)!))
            testimony.consentWithdrawnOn = PartialDate("2020-01-01")
            try await hub.store.testimonies.update(testimony)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let file = temporaryFile("withdrawn.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try await download(client, session, to: file)
            let project = try QDPXReader.read(from: file)
            #expect(!project.sources.contains { $0.guid.rawValue == DemoIDs.testimony.uppercased() })
            #expect(!project.notes.contains { $0.plainText == "Said twice." })
        }
    }

    @Test(
        "other tools' projects import with the right numbers of users, codes, sources and codings",
        .enabled(if: InteropFiles.hasSamples, "../shared/interop/samples is not beside the repository"))
    func samples() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let qc = try await upload(
                client, session, try Data(contentsOf: InteropFiles.sample("qualitative-coding-demo.qdpx")),
                name: "qc.qdpx")
            #expect(qc.status == .ok, "\(qc.text)")
            #expect(try await hub.store.coding.codes().count == 262)
            #expect(try await hub.store.documents.all().count == 2)
            #expect(try await hub.store.stories.all().isEmpty)
            #expect(try await hub.store.coding.codings(codes: nil).count == 205)
            let atlas = try await upload(
                client, session, try Data(contentsOf: InteropFiles.sample("atlasti-small.qdpx")), name: "atlas.qdpx")
            #expect(atlas.status == .ok)
            #expect(try await hub.store.coding.codes().count == 265)
            let coders = try await hub.store.coding.coders().map(\.name)
            #expect(coders.contains("Enric Llagostera") && coders.contains("cp"))
            // A passage's text survives the trip: the qc sample codes whole lines.
            let coding = try #require(try await hub.store.coding.codings(codes: nil).first)
            #expect(!coding.excerpt.isEmpty)
        }
    }

    @Test("bad files are refused with a sentence naming what is wrong, and nothing is written")
    func refusals() async throws {
        try await withApp { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let storiesBefore = try await hub.store.stories.all().count
            let documentsBefore = try await hub.store.documents.all().count
            let notZip = try await upload(client, editor, Data("plain text".utf8), name: "x.qdpx")
            #expect(notZip.status == .unprocessableContent)
            #expect(notZip.text.contains("not a zip"))

            // A code without a name: the store refuses it, after a code and a source were planned.
            let twin = QDAProject(
                name: "Twins",
                codes: [QDACode(guid: .random(), name: "Trust"), QDACode(guid: .random(), name: "  ")],
                sources: [QDASource(guid: .random(), name: "A text", kind: .text, plainText: "Some words.")])
            let file = temporaryFile("twins.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try QDPXWriter.write(twin, to: file)
            let refused = try await upload(client, editor, try Data(contentsOf: file), name: "twins.qdpx")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("codes[1].name"))
            #expect(try await hub.store.coding.codes().isEmpty)
            #expect(try await hub.store.stories.all().count == storiesBefore)
            #expect(try await hub.store.documents.all().count == documentsBefore)

            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            #expect(
                try await upload(client, contributor, try Data(contentsOf: file), name: "t.qdpx").status == .forbidden)
            #expect(
                try await upload(client, editor, try Data(contentsOf: file), name: "t.qdpx", token: "forged").status
                    == .forbidden)
            let page = try await client.execute(uri: "/workspace/refi", method: .get, headers: editor.headers)
            #expect(page.text.contains("refi-upload.js"))
        }
    }

    @Test("a .qdc codebook imports as codes")
    func codebookImport() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let data = try QDCWriter.data(codes: [
                QDACode(
                    guid: .random(), name: "Leadership", color: "#AA0000",
                    children: [QDACode(guid: .random(), name: "Distributed")])
            ])
            let response = try await upload(client, session, data, name: "book.qdc")
            #expect(response.status == .ok, "\(response.text)")
            let tree = CodeTree(try await hub.store.coding.codes())
            #expect(tree.entries.map(\.path) == [["Leadership"], ["Leadership", "Distributed"]])
            #expect(tree.entries.first?.code.colour == "#aa0000")
        }
    }

    @Test("a coding whose passage left the edited text is left out of the export, which still works")
    func staleCodingLeftOut() async throws {
        try await withApp { hub, client in
            let (_, story) = try await codeDemo(hub)
            var edited = story
            edited.body = "Hi"
            try await hub.store.stories.update(edited)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let file = temporaryFile("stale.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try await download(client, session, to: file)
            let project = try QDPXReader.read(from: file)
            let source = try #require(project.sources.first { $0.guid.rawValue == story.id.rawValue.uuidString })
            #expect(source.selections.isEmpty)
            #expect(project.sources.flatMap(\.transcripts).flatMap(\.selections).count == 1)
        }
    }

    @Test("an imported code named like one already here joins it; empty passages are left out with a note")
    func namesJoinAndEmptyPassages() async throws {
        try await withApp(loadDemo: false) { hub, client in
            let existing = Code(id: Code.ID(UUID()), name: "Trust", createdAt: TestHub.now)
            try await hub.store.coding.save(existing)
            let code = QDAGUID.random()
            let user = QDAGUID.random()
            let project = QDAProject(
                name: "Joins", users: [QDAUser(guid: user, name: "Ana")], codes: [QDACode(guid: code, name: "trust")],
                sources: [
                    QDASource(
                        guid: .random(), name: "Notes", kind: .text, plainText: "We trust them.",
                        selections: [
                            QDASelection(
                                guid: .random(), range: .text(start: 3, end: 8), creatingUser: user,
                                codings: [QDACoding(guid: .random(), codeGUID: code, creatingUser: user)]),
                            QDASelection(
                                guid: .random(), range: .text(start: 4, end: 4), creatingUser: user,
                                codings: [QDACoding(guid: .random(), codeGUID: code, creatingUser: user)]),
                        ])
                ])
            let file = temporaryFile("joins.qdpx")
            defer { try? FileManager.default.removeItem(at: file) }
            try QDPXWriter.write(project, to: file)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await upload(client, session, try Data(contentsOf: file), name: "joins.qdpx")
            #expect(response.status == .ok, "\(response.text)")
            #expect(response.text.contains("An empty passage"))
            #expect(try await hub.store.coding.codes().map(\.id) == [existing.id])
            let codings = try await hub.store.coding.codings(codes: nil)
            #expect(codings.map(\.codeID) == [existing.id])
            #expect(codings.map(\.excerpt) == ["trust"])
        }
    }

    @Test("another tool's transcript keeps a cue per timed row, even where selections point at the rows' sync points")
    func foreignTranscriptRows() {
        let p1 = QDAGUID.random()
        let p2 = QDAGUID.random()
        let p3 = QDAGUID.random()
        let transcript = QDATranscript(
            guid: .random(), name: "T", plainText: "Line one.\nLine two.\nLine three.",
            syncPoints: [
                QDASyncPoint(guid: p1, timeStampMs: 0, position: 0),
                QDASyncPoint(guid: p2, timeStampMs: 5_000, position: 10),
                QDASyncPoint(guid: p3, timeStampMs: 9_000, position: 20),
            ],
            selections: [QDASelection(guid: .random(), range: .transcript(fromSyncPoint: p2, toSyncPoint: p3))])
        let reading = REFITranscriptReading(transcript, durationMs: 12_000)
        #expect(reading.cues.map(\.text) == ["Line one.", "Line two.", "Line three."])
        #expect(reading.cues.map(\.startMs) == [0, 5_000, 9_000])
        #expect(reading.cues.map(\.endMs) == [5_000, 9_000, 12_000])
        #expect(reading.position(10, isEnd: false) == 10)
        // The texts are the same here, so positions carry over unchanged (an end at 20 keeps line two's break).
        #expect(reading.position(20, isEnd: true) == 20)
        #expect(reading.positions(fromMs: 6_000, toMs: 7_000) == 10..<19)
    }
}
