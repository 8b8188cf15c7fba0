public import Foundation
import ThreadlineCore
public import ThreadlineStore

/// The demo programme shipped with Threadline: Greater Manchester's Local Pilot as a programme bundle.
public enum DemoProgramme {
    /// The bundle's bytes.
    public static func data() throws -> Data {
        guard let url = DemoResources.url("local-pilot.json") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try Data(contentsOf: url)
    }

    /// The demo testimony's ID, whose recording ships beside the bundle.
    public static let testimonyID = "00000000-0000-4000-8000-000000000901"

    /// Copies the demo testimony's recording (speech synthesised by `scripts/make-demo-testimony.py`) into the
    /// media folder and attaches it, reading its type and length from its bytes as an upload would.
    public static func installRecording(store: ThreadlineStore, mediaPath: String) async throws {
        guard let source = DemoResources.url("testimony-salford.ogg"),
            let id = EntityID<Testimony>(testimonyID), try await store.testimonies.get(id) != nil
        else { return }
        let library = MediaLibrary(path: mediaPath, maxUploadBytes: MediaLibrary.defaultMaxUploadBytes)
        let recording = try library.store(fileAt: source)
        try await store.transcripts.attachRecording(recording, to: id, fileName: source.lastPathComponent)
    }

    /// The demo document's ID.
    public static let documentID = "00000000-0000-4000-8000-000000000a01"

    /// Adds the demo document (a steering group's notes, written for the demo as Markdown) as an upload of the
    /// file would: its text as it reads, its headings, lists and paragraphs, and the file kept in the media folder.
    public static func installDocument(store: ThreadlineStore, mediaPath: String, now: Date) async throws {
        let name = "salford-steering-group-notes.md"
        guard let source = DemoResources.url(name), let id = Document.ID(documentID),
            try await store.documents.get(id) == nil
        else { return }
        let library = MediaLibrary(path: mediaPath, maxUploadBytes: MediaLibrary.defaultMaxUploadBytes)
        let stored = try library.storeOriginal(fileAt: source)
        let text = CodableText(markdown: try String(contentsOf: source, encoding: .utf8))
        try await store.documents.create(
            Document(
                id: id, title: "Salford Local Pilot steering group: notes of the autumn meeting",
                summary: "The evaluation team's notes of a steering group meeting, checked with those who spoke.",
                placeID: Place.ID("00000000-0000-4000-8000-000000000302"),
                enablerID: Enabler.ID("00000000-0000-4000-8000-000000000101"), origin: "Evaluation team",
                text: text.text, blocks: text.blocks, fileName: name, fileSHA256: stored.sha256,
                fileBytes: stored.bytes, format: "md", createdAt: now))
    }
}
