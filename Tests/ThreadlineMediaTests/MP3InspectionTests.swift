import Testing
import ThreadlineMedia

@Suite("MP3")
struct MP3InspectionTests {
    @Test("an ID3 tag, then a Xing frame counting 1,000 frames: 1,000 × 1,152 / 44,100 s")
    func xingDuration() throws {
        let bytes =
            MP3Fixture.id3Tag(contentBytes: 1_000) + MP3Fixture.xingFrame(frames: 1_000)
            + MP3Fixture.plainFrame() + MP3Fixture.plainFrame() + MP3Fixture.plainFrame()
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .mp3, durationMs: 26_122, codec: "mp3", byteCount: Int64(bytes.count)))
    }

    @Test("an Info tag (LAME's name for a constant-bit-rate Xing tag) is read the same way")
    func infoTag() throws {
        let bytes = MP3Fixture.xingFrame(frames: 441, isInfo: true) + MP3Fixture.plainFrame()
        #expect(try inspected(bytes).durationMs == 11_520)
    }

    @Test("a LAME extension's encoder delay and padding are left out, as players trim them")
    func lameGaplessTrim() throws {
        // 124 frames × 1,152 − 576 − 1,152 = 141,120 samples = 3.2 s at 44.1 kHz; untrimmed it would be 3,239 ms.
        let bytes =
            MP3Fixture.id3Tag(contentBytes: 30) + MP3Fixture.lameFrame(frames: 124, delay: 576, padding: 1_152)
            + MP3Fixture.plainFrame()
        #expect(try inspected(bytes).durationMs == 3_200)
    }

    @Test("a VBRI tag's frame count gives the duration")
    func vbriDuration() throws {
        let bytes = MP3Fixture.id3Tag(contentBytes: 200) + MP3Fixture.vbriFrame(frames: 500) + MP3Fixture.plainFrame()
        #expect(try inspected(bytes).durationMs == 13_061)
    }

    @Test("without a tag the duration is estimated from the bit rate, leaving out a trailing ID3v1 tag")
    func constantBitRateEstimate() throws {
        let frames = (0..<10).flatMap { _ in MP3Fixture.plainFrame() }
        let id3v1 = [UInt8]("TAG".utf8) + [UInt8](repeating: 0x20, count: 125)
        // 4,170 bytes × 8 bits / 128,000 bit/s = 260.6 ms.
        #expect(try inspected(MP3Fixture.id3Tag(contentBytes: 500) + frames + id3v1).durationMs == 260)
        #expect(try inspected(MP3Fixture.id3Tag(contentBytes: 500) + frames).durationMs == 260)
    }

    @Test("a stream with no tag, starting with a frame at byte 0, is MP3")
    func frameAtStart() throws {
        let bytes = (0..<20).flatMap { _ in MP3Fixture.plainFrame() }
        let info = try inspected(bytes)
        #expect(info.kind == .mp3)
        #expect(info.durationMs == 521)
    }

    @Test("padding after the ID3 tag that the tag does not count is skipped")
    func paddingAfterTag() throws {
        let bytes =
            MP3Fixture.id3Tag(contentBytes: 100) + [UInt8](repeating: 0, count: 300) + MP3Fixture.plainFrame()
            + MP3Fixture.plainFrame()
        #expect(try inspected(bytes).kind == .mp3)
    }

    @Test("a first frame cut off is a truncated file, located at the frame")
    func firstFrameCutOff() throws {
        let bytes = MP3Fixture.id3Tag(contentBytes: 100) + Array(MP3Fixture.xingFrame(frames: 10).prefix(200))
        let error = try #require(try inspectionError(bytes))
        guard case .truncated(.mp3, _, let offset) = error else {
            Issue.record("expected a truncated MP3, got \(error)")
            return
        }
        #expect(offset == 110)
    }

    @Test("a file that ends inside its ID3 tag is truncated")
    func tagCutOff() throws {
        let error = try #require(try inspectionError(Array(MP3Fixture.id3Tag(contentBytes: 1_000).prefix(600))))
        guard case .truncated(.mp3, let detail, 0) = error else {
            Issue.record("expected a truncated MP3, got \(error)")
            return
        }
        #expect(detail == "the ID3 tag at byte 0 claims 1,010 bytes but the file ends at byte 600")
    }

    @Test("an ID3 tag in front of something else is not MP3, and says what follows it")
    func tagBeforeOtherBytes() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 600)
        let error = try #require(try inspectionError(MP3Fixture.id3Tag(contentBytes: 50) + png))
        #expect(error == .unrecognisedType(resemblance: "a PNG image"))
    }

    @Test("a frame header at byte 0 not followed by another frame is not MP3")
    func loneSyncIsNotMP3() throws {
        var random = SeededBytes(seed: 3)
        let bytes = MP3Fixture.header128k + random.next(2_000)
        #expect(try inspectionError(bytes) == .unrecognisedType(resemblance: nil))
    }

    @Test("Layer I and II, free-format and reserved sample rate headers are not MP3 frames")
    func invalidHeaders() throws {
        let tail = [UInt8](repeating: 0, count: 1_000)
        for header: [UInt8] in [
            [0xFF, 0xFD, 0x90, 0x00],  // Layer II.
            [0xFF, 0xFF, 0x90, 0x00],  // Layer I.
            [0xFF, 0xFB, 0x00, 0x00],  // Free format (bit rate index 0).
            [0xFF, 0xFB, 0xF0, 0x00],  // Bit rate index 15.
            [0xFF, 0xFB, 0x9C, 0x00],  // Sample rate index 3.
            [0xFF, 0xEB, 0x90, 0x00],  // Version bits 01 (reserved).
        ] {
            #expect(try inspectionError(header + tail + header + tail) == .unrecognisedType(resemblance: nil))
        }
    }
}
