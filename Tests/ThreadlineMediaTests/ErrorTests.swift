import Foundation
import Testing
import ThreadlineMedia

@Suite("Errors")
struct ErrorTests {
    @Test("a 0-byte file is empty")
    func emptyFile() throws {
        let error = try #require(try inspectionError([]))
        #expect(error == .emptyFile)
        #expect(error.message == "the file is empty (0 bytes)")
        #expect(error.byteOffset == nil)
    }

    @Test("random bytes are no accepted format")
    func randomBytes() throws {
        var random = SeededBytes(seed: 20_240_601)
        let error = try #require(try inspectionError(random.next(4_096)))
        #expect(error == .unrecognisedType(resemblance: nil))
        #expect(error.message == "the file's bytes are not MP3, M4A/AAC, WAV, OGG/Opus, MP4 or WebM")
    }

    @Test("a PNG is refused and named, whatever it is called")
    func png() throws {
        var writer = ByteWriter()
        writer.raw([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        writer.bigEndian(13, width: 4)
        writer.ascii("IHDR")
        writer.bigEndian(1, width: 4)
        writer.bigEndian(1, width: 4)
        writer.raw([8, 6, 0, 0, 0])
        writer.bigEndian(0x1F15_C489, width: 4)
        let error = try #require(try inspectionError(writer.bytes))
        #expect(error == .unrecognisedType(resemblance: "a PNG image"))
        #expect(
            error.message
                == "the file's bytes are not MP3, M4A/AAC, WAV, OGG/Opus, MP4 or WebM (they look like a PNG image)")
    }

    @Test("other common uploads are named")
    func otherFormatsNamed() throws {
        let cases: [([UInt8], String)] = [
            (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "a PDF document"),
            ([0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], "a ZIP archive or an office document"),
            (Array("fLaC".utf8) + [0, 0, 0, 34], "a FLAC recording"),
            (Array("RIFF".utf8) + [4, 0, 0, 0] + Array("AVI LIST".utf8), "an AVI video"),
            ([0xFF, 0xF1, 0x50, 0x80, 0x02, 0x1F, 0xFC], "raw AAC (ADTS) audio, which needs to be saved as M4A"),
            (Array("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n".utf8), "text"),
        ]
        for (bytes, resemblance) in cases {
            #expect(try inspectionError(bytes) == .unrecognisedType(resemblance: resemblance))
        }
    }

    @Test("a missing file and a folder are unreadable")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nothing-here.mp3")
        for url in [missing, folder.url] {
            #expect {
                _ = try MediaInspector().inspect(fileAt: url)
            } throws: { error in
                guard case .unreadable(_, nil) = error as? MediaInspectionError else { return false }
                return true
            }
        }
    }

    @Test("a negative size given with a handle is unreadable, and 0 is empty")
    func handleSizes() throws {
        let folder = try TemporaryFolder()
        let url = try folder.file("x", WAVFixture.silence(dataBytes: 10))
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        #expect(throws: MediaInspectionError.emptyFile) {
            try MediaInspector().inspect(fileHandle: handle, byteCount: 0)
        }
        let error = try #require(throws: MediaInspectionError.self) {
            try MediaInspector().inspect(fileHandle: handle, byteCount: -1)
        }
        guard case .unreadable = error else {
            Issue.record("expected unreadable, got \(error)")
            return
        }
    }

    @Test("every prefix of every sample file is inspected without a crash and with its own size")
    func everyPrefixIsSafe() throws {
        let samples: [[UInt8]] = [
            WAVFixture.silence(dataBytes: 300),
            MP3Fixture.id3Tag(contentBytes: 40) + MP3Fixture.xingFrame(frames: 3) + MP3Fixture.plainFrame(),
            MP4Fixture.fileType("M4A ")
                + MP4Fixture.box(
                    "moov", MP4Fixture.movieHeader(version: 1, timescale: 10, duration: 10), MP4Fixture.soundTrack),
            OggFixture.opusFile(preSkip: 312, lastGranule: 48_312, audioPacketLength: 40),
            WebMFixture.header(docType: "webm")
                + WebMFixture.element(
                    WebMFixture.segment, WebMFixture.info(duration: WebMFixture.float64(0x4489, 5)),
                    WebMFixture.tracks(["A_VORBIS"])),
        ]
        let folder = try TemporaryFolder()
        for (sampleIndex, sample) in samples.enumerated() {
            for length in 1...sample.count {
                let url = try folder.file("prefix-\(sampleIndex)-\(length)", Array(sample.prefix(length)))
                do {
                    let info = try MediaInspector().inspect(fileAt: url)
                    #expect(info.byteCount == Int64(length))
                } catch {
                    #expect(!error.message.isEmpty)
                }
                try FileManager.default.removeItem(at: url)
            }
            // The whole file is accepted.
            #expect(try inspected(sample).byteCount == Int64(sample.count))
        }
    }

    @Test("corrupting any single byte of a sample file never crashes the inspector")
    func corruptedBytesAreSafe() throws {
        let samples: [[UInt8]] = [
            MP4Fixture.fileType("isom")
                + MP4Fixture.box(
                    "moov", MP4Fixture.movieHeader(version: 0, timescale: 1_000, duration: 1_000),
                    MP4Fixture.videoTrack, MP4Fixture.soundTrack),
            WebMFixture.header(docType: "webm")
                + WebMFixture.element(
                    WebMFixture.segment, WebMFixture.info(duration: WebMFixture.float64(0x4489, 5)),
                    WebMFixture.tracks(["V_VP8", "A_OPUS"])),
            OggFixture.opusFile(preSkip: 312, lastGranule: 48_312, audioPacketLength: 20),
        ]
        let folder = try TemporaryFolder()
        for sample in samples {
            var accepted = 0
            var refused = 0
            for index in sample.indices {
                for replacement: UInt8 in [0x00, 0x01, 0xFF] where sample[index] != replacement {
                    var corrupted = sample
                    corrupted[index] = replacement
                    let url = try folder.file("corrupt", corrupted)
                    if (try? MediaInspector().inspect(fileAt: url)) != nil { accepted += 1 } else { refused += 1 }
                }
            }
            // Some changes land in fields the inspector does not read, others in ones it checks.
            #expect(accepted > 0)
            #expect(refused > 0)
        }
    }
}
