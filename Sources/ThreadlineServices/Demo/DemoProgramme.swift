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
}
