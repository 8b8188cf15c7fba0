import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

/// Builds recordings and testimony for the web tests.
enum TestimonyFixtures {
    /// A PCM WAV file: 8 kHz, mono, 16-bit, `milliseconds` long, with a little non-silent signal so ranges differ.
    static func wav(milliseconds: Int) -> [UInt8] {
        let samples = 8 * milliseconds
        let dataBytes = samples * 2
        var bytes: [UInt8] = []
        func ascii(_ text: String) { bytes += Array(text.utf8) }
        func le32(_ value: Int) { bytes += (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        func le16(_ value: Int) { bytes += (0..<2).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        ascii("RIFF")
        le32(36 + dataBytes)
        ascii("WAVE")
        ascii("fmt ")
        le32(16)
        le16(1)
        le16(1)
        le32(8000)
        le32(16000)
        le16(2)
        le16(16)
        ascii("data")
        le32(dataBytes)
        for index in 0..<samples { le16((index * 37) & 0x7FFF) }
        return bytes
    }

    static let vtt = """
        WEBVTT

        00:00.000 --> 00:01.500
        <v Amina Bello>We started meeting every week.

        00:01.500 --> 00:03.000
        <v Interviewer>What changed?

        00:03.000 --> 00:04.000
        <v Amina Bello>People began to trust each other.
        """

    /// A testimony in Salford, with the given consent and status.
    static func testimony(
        hub: TestHub, scope: ConsentScope = .publicAnonymised, state: ConsentState = .current,
        status: PublicationStatus = .published
    ) async throws -> Testimony {
        let salford = try await hub.place("salford")
        var consent = ConsentRecord(givenBy: "Amina Bello", givenOn: PartialDate("2022-05-01"), scope: scope)
        switch state {
        case .current: break
        case .expired: consent.expiresOn = PartialDate("2023-01-01")
        case .withdrawn:
            consent.withdrawnOn = PartialDate("2023-06-01")
            consent.withdrawalNote = "Asked by phone."
        }
        let testimony = Testimony(
            id: RandomIDGenerator().next(), title: "Meeting every week", summary: "How trust grew.",
            speakerName: "Amina Bello", speakerRole: "youth worker", placeID: salford.id, consent: consent,
            status: status, createdAt: TestHub.now, publishedAt: status == .published ? TestHub.now : nil)
        try await hub.store.testimonies.create(testimony)
        return testimony
    }

    /// Uploads a 4-second WAV and the transcript through the API as the editor.
    static func equip(_ testimony: Testimony, hub: TestHub, client: any TestClientProtocol) async throws {
        let token = try await hub.token(for: hub.editor)
        let upload = try await client.execute(
            uri: "/api/v1/testimony/\(testimony.id)/recording?name=interview.wav", method: .put,
            headers: headers(bearer: token, contentType: "audio/wav"), body: ByteBuffer(bytes: wav(milliseconds: 4000)))
        #expect(upload.status == .ok, "upload: \(upload.text)")
        let transcript = try await client.execute(
            uri: "/api/v1/testimony/\(testimony.id)/transcript", method: .put, headers: headers(bearer: token),
            body: ByteBuffer(string: vtt))
        #expect(transcript.status == .ok, "transcript: \(transcript.text)")
    }

    /// A published clip of the testimony.
    static func clip(of testimony: Testimony, hub: TestHub) async throws -> Clip {
        let clip = Clip(
            id: RandomIDGenerator().next(), testimonyID: testimony.id, title: "Trust", startMs: 3000, endMs: 4000,
            status: .published, createdAt: TestHub.now, publishedAt: TestHub.now)
        try await hub.store.clips.create(clip)
        return clip
    }
}
