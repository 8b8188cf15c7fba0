import Testing
import ThreadlineMedia

@Suite("Ogg")
struct OggInspectionTests {
    @Test("Opus: (last granule − pre-skip 312) / 48,000 s")
    func opusDuration() throws {
        // 2.5 s of audio after the 312 samples the decoder discards.
        let bytes = OggFixture.opusFile(preSkip: 312, lastGranule: 312 + 120_000)
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .ogg, durationMs: 2_500, codec: "opus", byteCount: Int64(bytes.count)))
        #expect(info.contentType == "audio/ogg; codecs=opus")
    }

    @Test("Vorbis: last granule / the identification header's sample rate")
    func vorbisDuration() throws {
        let audio = [UInt8](repeating: 0x55, count: 300)
        let bytes =
            OggFixture.page(
                headerType: 0x02, granule: 0, sequence: 0,
                packets: [OggFixture.vorbisIdentification(sampleRate: 44_100)])
            + OggFixture.page(
                granule: 0, sequence: 1, packets: [[3] + Array("vorbis".utf8), [5] + Array("vorbis".utf8)])
            + OggFixture.page(headerType: 0x04, granule: 44_100 * 4, sequence: 2, packets: [audio])
        let info = try inspected(bytes)
        #expect(info.durationMs == 4_000)
        #expect(info.codec == "vorbis")
    }

    @Test("the last page is found behind more than 64 KiB of earlier pages")
    func longFile() throws {
        var bytes =
            OggFixture.page(headerType: 0x02, granule: 0, sequence: 0, packets: [OggFixture.opusHead(preSkip: 0)])
        let audio = [UInt8](repeating: 0x21, count: 1_000)
        for sequence in 1...200 {
            bytes += OggFixture.page(granule: UInt64(sequence) * 960, sequence: UInt64(sequence), packets: [audio])
        }
        // 200 pages × 960 samples = 4 s.
        #expect(try inspected(bytes).durationMs == 4_000)
    }

    @Test("pages of another stream and pages where no packet ends are passed over")
    func otherStreamAndNoGranule() throws {
        let bytes =
            OggFixture.opusFile(preSkip: 312, lastGranule: 312 + 48_000)
            + OggFixture.page(granule: 0xFFFF_FFFF_FFFF_FFFF, sequence: 4, packets: [[1, 2, 3]])
            + OggFixture.page(granule: 999_999_999, serial: 7, sequence: 0, packets: [[9, 9]])
        #expect(try inspected(bytes).durationMs == 1_000)
    }

    @Test("a last page cut off is passed over for the one before it")
    func lastPageCutOff() throws {
        let complete = OggFixture.opusFile(preSkip: 312, lastGranule: 312 + 96_000)
        let cut = Array(complete.dropLast(100))
        // The page before the cut one ends at 48,000 samples: 1 s less the pre-skip.
        #expect(try inspected(cut).durationMs == 993)
    }

    @Test("an Ogg with no complete page is truncated")
    func noCompletePage() throws {
        let firstPage = OggFixture.page(
            headerType: 0x02, granule: 0, sequence: 0, packets: [OggFixture.opusHead(preSkip: 312)])
        for length in [10, 27, firstPage.count - 1] {
            let error = try #require(try inspectionError(Array(firstPage.prefix(length))))
            guard case .truncated(.ogg, _, 0) = error else {
                Issue.record("expected a truncated Ogg at \(length) bytes, got \(error)")
                continue
            }
        }
    }

    @Test("an Ogg of another codec is refused and named")
    func theoraIsRefused() throws {
        let bytes = OggFixture.page(
            headerType: 0x02, granule: 0, sequence: 0, packets: [[0x80] + Array("theora".utf8) + [3, 2, 1]])
        #expect(
            try inspectionError(bytes)
                == .unrecognisedType(resemblance: "an Ogg file of Theora video, not Opus or Vorbis"))
    }
}
