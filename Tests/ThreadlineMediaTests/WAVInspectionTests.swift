import Testing
import ThreadlineMedia

@Suite("WAV")
struct WAVInspectionTests {
    @Test("1.5 s of 8 kHz mono 16-bit silence lasts 1,500 ms")
    func pcmDuration() throws {
        // 8,000 samples/s × 2 bytes × 1.5 s = 24,000 bytes at 16,000 bytes/s.
        let bytes = WAVFixture.silence(dataBytes: 24_000)
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .wav, durationMs: 1_500, codec: "pcm", byteCount: Int64(bytes.count)))
    }

    @Test("chunks before the data, of odd length with a pad byte, are skipped")
    func chunksBeforeData() throws {
        let list = [UInt8]("INFOISFT\u{5}\0\0\0tool".utf8) + [0]
        let bytes = WAVFixture.silence(
            sampleRate: 44_100, channels: 2, dataBytes: 44_100 * 4 * 2, formatTag: 3,
            chunksBeforeData: [("LIST", list), ("fact", [1, 2, 3])])
        let info = try inspected(bytes)
        #expect(info.durationMs == 2_000)
        #expect(info.codec == "float")
    }

    @Test("a streamed file's unknown data size (0xFFFFFFFF) means the samples run to the end")
    func unknownDataSize() throws {
        let bytes = WAVFixture.silence(dataBytes: 8_000, declaredDataSize: 0xFFFF_FFFF)
        #expect(try inspected(bytes).durationMs == 500)
    }

    @Test("a data chunk claiming a few bytes more than the file holds is accepted")
    func smallOverclaim() throws {
        let bytes = WAVFixture.silence(dataBytes: 16_000, declaredDataSize: 16_004)
        #expect(try inspected(bytes).durationMs == 1_000)
    }

    @Test("a data chunk claiming more than the file holds is a truncated file, located at the chunk")
    func truncatedData() throws {
        let complete = WAVFixture.silence(dataBytes: 24_000)
        let cut = Array(complete.prefix(1_044))
        let error = try #require(try inspectionError(cut))
        guard case .truncated(let kind, let detail, let offset) = error else {
            Issue.record("expected a truncated file, got \(error)")
            return
        }
        #expect(kind == .wav)
        #expect(offset == 36)
        #expect(detail == "its 'data' chunk at byte 36 claims 24,000 bytes of samples but only 1,000 follow it")
        #expect(error.byteOffset == 36)
        #expect(error.message.hasPrefix("the WAV file is cut off: its 'data' chunk"))
    }

    @Test("a WAV cut off inside its header is truncated")
    func cutInHeader() throws {
        let error = try #require(try inspectionError(Array(WAVFixture.silence(dataBytes: 100).prefix(20))))
        guard case .truncated(.wav, _, _) = error else {
            Issue.record("expected a truncated WAV, got \(error)")
            return
        }
    }

    @Test("a byte rate of zero is a damaged file")
    func zeroByteRate() throws {
        let bytes = WAVFixture.silence(sampleRate: 0, dataBytes: 100)
        let error = try #require(try inspectionError(bytes))
        #expect(
            error
                == .malformed(kind: .wav, detail: "its 'fmt ' chunk at byte 12 gives a byte rate of 0", byteOffset: 12))
    }
}
