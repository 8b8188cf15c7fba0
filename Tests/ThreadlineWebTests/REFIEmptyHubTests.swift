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

/// The hub's own `.qdpx` imported into a hub that lacks its content: every source comes back as what it was.
@Suite("REFI-QDA round trip into an empty hub")
struct REFIEmptyHubTests {
    /// What the demo hub held when it was exported.
    struct Exported: Sendable {
        var places: [Place] = []
        var enablers: [Enabler] = []
        var stories: [Story] = []
        var caseStudies: [CaseStudy] = []
        var logs: [ReflectiveLog] = []
        var testimonies: [Testimony] = []
        var documents: [Document] = []
        var codings: [Coding] = []
    }

    /// Codes a case study, a reflective log (in its "So what?" answer), a story and the demo testimony.
    func codeDemo(_ hub: TestHub) async throws {
        let coder = try await hub.store.coding.coder(for: hub.editor)
        let code = Code(id: Code.ID(UUID()), name: "Partnership", createdAt: TestHub.now)
        try await hub.store.coding.save(code)
        let caseStudy = try #require(try await hub.store.caseStudies.all().first)
        let log = try #require(try await hub.store.reflectiveLogs.all().first { !$0.soWhat.isEmpty })
        let story = try #require(try await hub.store.stories.all().first)
        let testimony = try #require(Testimony.ID(DemoIDs.testimony))
        let cue = try #require(
            try await hub.store.coding.codableText(of: CodingSource(testimony: testimony))?.cueRanges.first)
        let logText = CodableText(markdown: log.codableBody).text
        let soWhat = try #require(logText.range(of: "So what?\n"))
        let soWhatStart = logText.unicodeScalars.distance(
            from: logText.unicodeScalars.startIndex, to: soWhat.upperBound)
        func coding(_ source: CodingSource, _ start: Int, _ end: Int) -> Coding {
            Coding(
                id: Coding.ID(UUID()), codeID: code.id, source: source, coderID: coder.id, start: start, end: end,
                createdAt: TestHub.now)
        }
        let document = try #require(try await hub.store.documents.all().first)
        try await hub.store.coding.add([
            coding(CodingSource(document: document.id), 10, 40),
            coding(CodingSource(caseStudy: caseStudy.id), 3, 20),
            coding(CodingSource(reflectiveLog: log.id), soWhatStart, soWhatStart + 12),
            coding(CodingSource(story: story.id), 0, 9),
            coding(CodingSource(testimony: testimony), cue.start, cue.end),
        ])
    }

    @Test(
        "the demo's export imported into an empty hub brings back each case study, reflective log, testimony and story as itself, with its ID, place, enabler and codings; importing it again adds nothing"
    )
    func demoIntoEmptyHub() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("refi-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: file) }
        let exported = Mutex(Exported())
        try await withApp { hub, client in
            try await codeDemo(hub)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let response = try await client.execute(
                uri: "/workspace/refi/project.qdpx", method: .get, headers: session.headers)
            #expect(response.status == .ok)
            try Data(buffer: response.body).write(to: file)
            let held = Exported(
                places: try await hub.store.places.all(), enablers: try await hub.store.enablers.all(),
                stories: try await hub.store.stories.all(), caseStudies: try await hub.store.caseStudies.all(),
                logs: try await hub.store.reflectiveLogs.all(), testimonies: try await hub.store.testimonies.all(),
                documents: try await hub.store.documents.all(), codings: try await hub.store.coding.codings(codes: nil))
            exported.withLock { $0 = held }
        }
        let demo = exported.withLock { $0 }
        #expect(!demo.caseStudies.isEmpty && !demo.logs.isEmpty && !demo.testimonies.isEmpty && !demo.stories.isEmpty)
        #expect(!demo.documents.isEmpty)
        #expect(demo.codings.count >= 5)

        try await withApp(loadDemo: false) { hub, client in
            // An empty hub has the programme's framework: its enablers, under IDs of its own, found by URL name.
            var enablerHere: [Enabler.ID: Enabler.ID] = [:]
            for enabler in demo.enablers {
                var own = enabler
                own.id = Enabler.ID(UUID())
                try await hub.store.enablers.create(own)
                enablerHere[enabler.id] = own.id
            }
            #expect(try await hub.store.places.all().isEmpty)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            var headers = session.headers
            headers[AuthenticationMiddleware.csrfHeader] = session.csrfToken
            let response = try await client.execute(
                uri: "/workspace/refi/import?name=demo.qdpx", method: .put, headers: headers,
                body: ByteBuffer(bytes: try Data(contentsOf: file)))
            #expect(response.status == .ok, "\(response.text)")
            #expect(!response.text.contains("arrived as a draft story"), "\(response.text)")
            #expect(!response.text.contains("does not have"), "\(response.text)")

            // Places come from the file's cases, with their IDs and URL names.
            for place in demo.places {
                let here = try #require(try await hub.store.places.get(place.id), "\(place.name)")
                #expect(here.slug == place.slug)
            }
            let storiesHere = Set(try await hub.store.stories.all().map(\.id.rawValue))
            #expect(storiesHere == Set(demo.stories.map(\.id.rawValue)), "no case study or log became a story")
            for story in demo.stories {
                let here = try #require(try await hub.store.stories.get(story.id))
                #expect(here.slug == story.slug)
                #expect(here.body == story.body)
                #expect(here.placeID == story.placeID)
                #expect(here.enablerID == story.enablerID.flatMap { enablerHere[$0] })
                #expect(here.credit == story.credit)
                #expect(here.status == .draft)
            }
            for item in demo.caseStudies {
                let here = try #require(try await hub.store.caseStudies.get(item.id), "\(item.title)")
                #expect(here.slug == item.slug)
                #expect(here.format == item.format)
                #expect(here.summary == item.summary)
                #expect(here.body == item.body)
                #expect(here.placeID == item.placeID)
                #expect(here.enablerID == item.enablerID.flatMap { enablerHere[$0] })
                #expect(here.status == .draft)
            }
            for log in demo.logs {
                let here = try #require(try await hub.store.reflectiveLogs.get(log.id), "\(log.title)")
                #expect(here.slug == log.slug)
                #expect(here.date == log.date)
                #expect(here.what == log.what && here.soWhat == log.soWhat && here.nowWhat == log.nowWhat)
                #expect(here.placeID == log.placeID)
                #expect(here.enablerIDs == log.enablerIDs.compactMap { enablerHere[$0] })
                #expect(here.credit == log.credit)
                #expect(here.status == .draft)
            }
            for testimony in demo.testimonies {
                let here = try #require(try await hub.store.testimonies.get(testimony.id), "\(testimony.title)")
                #expect(here.speakerRole == testimony.speakerRole)
                #expect(here.recordedOn == testimony.recordedOn)
                #expect(here.placeID == testimony.placeID)
                #expect(here.enablerID == testimony.enablerID.flatMap { enablerHere[$0] })
                #expect(here.consentScope == testimony.consentScope)
                #expect(here.consentGivenOn == testimony.consentGivenOn)
                // Anonymised consent: the speaker's name stayed in the hub it was given to.
                if testimony.consentScope != .publicNamed { #expect(here.speakerName.isEmpty) }
                #expect(here.status == .draft)
                #expect(here.mediaSHA256 == testimony.mediaSHA256)
            }
            // A document comes back as a document: its text, layout, place, enabler, author and original file.
            for document in demo.documents {
                let here = try #require(try await hub.store.documents.get(document.id), "\(document.title)")
                #expect(here.title == document.title)
                #expect(here.text == document.text)
                #expect(here.blocks == document.blocks)
                #expect(here.placeID == document.placeID)
                #expect(here.enablerID == document.enablerID.flatMap { enablerHere[$0] })
                #expect(here.origin == document.origin)
                #expect(here.fileSHA256 == document.fileSHA256)
                #expect(here.fileName == document.fileName)
                #expect(here.status == .draft)
            }
            // Every coding lands on the item it was made on, at the same passage.
            let codingsHere = Dictionary(
                try await hub.store.coding.codings(codes: nil).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for coding in demo.codings {
                let here = try #require(codingsHere[coding.id])
                #expect(here.source == coding.source)
                #expect(here.start == coding.start && here.end == coding.end)
            }

            let again = try await client.execute(
                uri: "/workspace/refi/import?name=demo.qdpx", method: .put, headers: headers,
                body: ByteBuffer(bytes: try Data(contentsOf: file)))
            #expect(again.text.contains("Added nothing"), "\(again.text)")
            #expect(try await hub.store.stories.all().count == demo.stories.count)
            #expect(try await hub.store.caseStudies.all().count == demo.caseStudies.count)
            #expect(try await hub.store.reflectiveLogs.all().count == demo.logs.count)
            #expect(try await hub.store.documents.all().count == demo.documents.count)
        }
    }

    @Test("testimony without a recording comes back to an empty hub as testimony with its timed cues")
    func unrecordedTestimonyIntoEmptyHub() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("refi-\(UUID().uuidString).qdpx")
        defer { try? FileManager.default.removeItem(at: file) }
        let cues = [
            TranscriptCue(startMs: 0, endMs: 2000, speaker: "Amina Bello", text: "We met every week."),
            TranscriptCue(startMs: 2000, endMs: 4000, text: "People began\nto trust each other."),
        ]
        let original = Mutex<Testimony?>(nil)
        try await withApp { hub, _ in
            let testimony = try await TestimonyFixtures.testimony(hub: hub, scope: .publicNamed)
            try await hub.store.transcripts.replace(cues: cues, of: testimony.id, durationFromTranscript: true)
            original.withLock { $0 = testimony }
            let repositories = REFIRepositories(store: hub.store)
            let media = MediaLibrary(path: hub.dependencies.configuration.mediaPath, maxUploadBytes: .max)
            let (project, _) = try await REFIExporter(
                repositories: repositories, media: media, today: PartialDate("2023-11-14")!
            )
            .project()
            try QDPXWriter.write(project, to: file)
        }
        let testimony = try #require(original.withLock { $0 })
        try await withApp(loadDemo: false) { hub, _ in
            let importer = REFIImporter(
                repositories: REFIRepositories(store: hub.store),
                media: MediaLibrary(path: hub.dependencies.configuration.mediaPath, maxUploadBytes: .max),
                time: FixedTimeSource(TestHub.now))
            let summary = try await importer.importProject(at: file)
            #expect(!summary.skipped.contains { $0.contains("draft story") }, "\(summary.skipped)")
            let here = try #require(try await hub.store.testimonies.get(testimony.id))
            #expect(try await hub.store.stories.get(Story.ID(testimony.id.rawValue)) == nil)
            #expect(try await hub.store.transcripts.cues(of: testimony.id) == cues)
            // Named consent travels whole: the speaker's name and who gave consent come with it.
            #expect(here.consentScope == .publicNamed)
            #expect(here.speakerName == "Amina Bello")
            #expect(here.consentGivenBy == "Amina Bello")
            #expect(here.status == .draft)
        }
    }

    /// A project in Threadline's convention holding one text source with `values`.
    func project(text: String, values: [(REFIThreadlineVariables.Name, String?)]) -> (QDAProject, UUID) {
        let id = UUID()
        let source = QDASource(
            guid: QDAGUID(id.uuidString)!, name: "Carried", kind: .text, plainText: text,
            variableValues: REFIThreadlineVariables.values(values))
        return (QDAProject(name: "P", variables: REFIThreadlineVariables.definitions, sources: [source]), id)
    }

    @Test(
        "consent that does not come whole arrives internal only; a log whose answers do not make its text, and a missing enabler, are said"
    )
    func conservativeWhenIncomplete() async throws {
        try await withApp(loadDemo: false) { hub, _ in
            let importer = REFIImporter(
                repositories: REFIRepositories(store: hub.store),
                media: MediaLibrary(path: hub.dependencies.configuration.mediaPath, maxUploadBytes: .max),
                time: FixedTimeSource(TestHub.now))
            // Named consent without the speaker's name, and anonymised consent without the day it was given.
            for (scope, givenOn) in [("public_named", "2022-06-14"), ("public_anonymised", "2022-06")] {
                let (project, id) = project(
                    text: "Hello.",
                    values: [
                        (.kind, "testimony"), (.cues, "0 1000 6"), (.consentScope, scope),
                        (.consentGivenOn, givenOn), (.speakerRole, "youth worker"),
                    ])
                let summary = try await importer.importProject(project)
                let here = try #require(try await hub.store.testimonies.get(Testimony.ID(id)))
                #expect(here.consentScope == .internalOnly)
                #expect(here.speakerRole == "youth worker")
                #expect(summary.skipped.contains { $0.contains("did not come whole") }, "\(summary.skipped)")
            }
            // A log whose answers do not make its text would move its codings: it arrives as a document, and says so.
            let (log, logID) = project(
                text: "What?\nSomething else entirely.",
                values: [(.kind, "reflective log"), (.what, "We met."), (.slug, "after-the-meeting")])
            let logSummary = try await importer.importProject(log)
            #expect(try await hub.store.reflectiveLogs.get(ReflectiveLog.ID(logID)) == nil)
            #expect(try await hub.store.documents.get(Document.ID(logID))?.text == "What?\nSomething else entirely.")
            #expect(logSummary.skipped.contains { $0.contains("arrived as a document") }, "\(logSummary.skipped)")
            // A case study about an enabler this hub lacks arrives without it.
            let (study, studyID) = project(
                text: "A deep dive.",
                values: [(.kind, "case study"), (.format, "deep_dive"), (.enabler, "no-such-enabler")])
            let studySummary = try await importer.importProject(study)
            let here = try #require(try await hub.store.caseStudies.get(CaseStudy.ID(studyID)))
            #expect(here.format == .deepDive)
            #expect(here.enablerID == nil)
            #expect(studySummary.skipped.contains { $0.contains("“no-such-enabler”") }, "\(studySummary.skipped)")
            // A source from another tool, without Threadline's variables, is a document, its text exactly as sent.
            let (other, otherID) = project(text: "From *NVivo*.\r\n\r\n  Indented.", values: [])
            _ = try await importer.importProject(other)
            #expect(try await hub.store.stories.get(Story.ID(otherID)) == nil)
            let document = try #require(try await hub.store.documents.get(Document.ID(otherID)))
            #expect(document.text == "From *NVivo*.\r\n\r\n  Indented.")
            #expect(document.status == .draft)
        }
    }
}
