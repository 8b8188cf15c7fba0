import Testing
import ThreadlineMedia

@Suite("Kinds and claims")
struct ClaimTests {
    @Test("media types, video flags and extensions of each kind")
    func kindProperties() {
        let expected: [MediaKind: (String, Bool, String)] = [
            .mp3: ("audio/mpeg", false, "mp3"), .m4a: ("audio/mp4", false, "m4a"), .wav: ("audio/wav", false, "wav"),
            .ogg: ("audio/ogg", false, "ogg"), .mp4: ("video/mp4", true, "mp4"), .webm: ("video/webm", true, "webm"),
        ]
        for kind in MediaKind.allCases {
            let (mimeType, isVideo, fileExtension) = expected[kind] ?? ("", false, "")
            #expect(kind.mimeType == mimeType)
            #expect(kind.isVideo == isVideo)
            #expect(kind.fileExtension == fileExtension)
        }
    }

    @Test("a claimed kind comes from the name's extension first, then the media type")
    func claimedKinds() {
        #expect(MediaKind.claimed(byFileName: "Interview 3.MP3", mimeType: nil) == .mp3)
        #expect(MediaKind.claimed(byFileName: "C:\\fakepath\\talk.opus", mimeType: "audio/mpeg") == .ogg)
        #expect(MediaKind.claimed(byFileName: "recording", mimeType: "audio/webm;codecs=opus") == .webm)
        #expect(MediaKind.claimed(byFileName: "notes.txt", mimeType: " Audio/X-WAV ") == .wav)
        #expect(MediaKind.claimed(byFileName: ".mp3", mimeType: nil) == nil)
        #expect(MediaKind.claimed(byFileName: nil, mimeType: "application/octet-stream") == nil)
        #expect(MediaKind.claimed(byFileName: nil, mimeType: nil) == nil)
    }

    @Test("x.mp3 whose bytes are WAV gets a sentence")
    func nameMismatch() {
        let sentence = MediaInspector().mismatch(claimedFileName: "x.mp3", claimedMimeType: "audio/mpeg", actual: .wav)
        #expect(sentence == "the file is called x.mp3 but its bytes are WAV")
    }

    @Test("a media type alone is compared when the name claims nothing")
    func mimeTypeMismatch() {
        let sentence = MediaInspector().mismatch(
            claimedFileName: "blob", claimedMimeType: "video/webm; codecs=vp8", actual: .ogg)
        #expect(sentence == "the file was sent as video/webm but its bytes are Ogg")
    }

    @Test("agreeing claims, MP4 versus M4A, and no claim give no sentence")
    func noMismatch() {
        let inspector = MediaInspector()
        #expect(inspector.mismatch(claimedFileName: "a.wav", claimedMimeType: "audio/mpeg", actual: .wav) == nil)
        #expect(inspector.mismatch(claimedFileName: "voice.mp4", claimedMimeType: nil, actual: .m4a) == nil)
        #expect(inspector.mismatch(claimedFileName: "voice.m4a", claimedMimeType: nil, actual: .mp4) == nil)
        #expect(inspector.mismatch(claimedFileName: "upload", claimedMimeType: nil, actual: .mp3) == nil)
        #expect(inspector.mismatch(claimedFileName: nil, claimedMimeType: nil, actual: .mp3) == nil)
    }

    @Test("a hostile name is cleaned before it goes into the sentence")
    func hostileName() throws {
        let name = "evil\u{202E}3pm.\u{7}" + String(repeating: "a", count: 300) + ".mp3"
        let sentence = try #require(
            MediaInspector().mismatch(claimedFileName: "uploads/" + name, claimedMimeType: nil, actual: .webm))
        #expect(!sentence.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{7}" })
        #expect(!sentence.contains("uploads/"))
        #expect(sentence.hasPrefix("the file is called evil3pm.aaa"))
        #expect(sentence.hasSuffix("… but its bytes are WebM"))
    }

    @Test("contentType adds codecs only where the codec names are the parameter's own")
    func contentTypes() {
        #expect(
            MediaInfo(kind: .ogg, durationMs: 1, codec: "vorbis", byteCount: 1).contentType
                == "audio/ogg; codecs=vorbis")
        #expect(MediaInfo(kind: .ogg, durationMs: 1, codec: nil, byteCount: 1).contentType == "audio/ogg")
        #expect(MediaInfo(kind: .mp4, durationMs: 1, codec: "avc1,mp4a", byteCount: 1).contentType == "video/mp4")
        #expect(MediaInfo(kind: .mp3, durationMs: 1, codec: "mp3", byteCount: 1).contentType == "audio/mpeg")
    }
}
