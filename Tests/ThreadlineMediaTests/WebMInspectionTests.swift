import Testing
import ThreadlineMedia

@Suite("WebM")
struct WebMInspectionTests {
    @Test("Info's 8-byte Duration × the default TimecodeScale, and the tracks' codecs")
    func knownSizeSegment() throws {
        let bytes =
            WebMFixture.header(docType: "webm")
            + WebMFixture.element(
                WebMFixture.segment, WebMFixture.info(duration: WebMFixture.float64(0x4489, 12_345.0)),
                WebMFixture.tracks(["V_VP9", "A_OPUS"]), WebMFixture.cluster(blockBytes: 500))
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .webm, durationMs: 12_345, codec: "vp9,opus", byteCount: Int64(bytes.count)))
        #expect(info.contentType == "video/webm; codecs=\"vp9,opus\"")
    }

    @Test("an unknown-size Segment, a TimecodeScale of 0.5 ms and a 4-byte Duration")
    func unknownSizeSegment() throws {
        let bytes =
            WebMFixture.header(docType: "webm")
            + WebMFixture.unknownSizeElement(
                WebMFixture.segment,
                WebMFixture.info(timecodeScale: 500_000, duration: WebMFixture.float32(0x4489, 2_000)),
                WebMFixture.cluster(blockBytes: 100))
        let info = try inspected(bytes)
        #expect(info.durationMs == 1_000)
        #expect(info.codec == nil)
    }

    @Test("a browser recording: no Duration and unknown-size Clusters give no duration, without error")
    func browserRecording() throws {
        let bytes =
            WebMFixture.header(docType: "webm")
            + WebMFixture.unknownSizeElement(
                WebMFixture.segment, WebMFixture.info(timecodeScale: 1_000_000), WebMFixture.tracks(["A_OPUS"]),
                WebMFixture.unknownSizeElement(0x1F43_B675, WebMFixture.unsigned(0xE7, 0)))
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .webm, durationMs: nil, codec: "opus", byteCount: Int64(bytes.count)))
    }

    @Test("Info after the Clusters is reached through the SeekHead")
    func infoThroughSeekHead() throws {
        let cluster = WebMFixture.cluster(blockBytes: 2_000)
        // The SeekHead's size does not depend on the position's value while it fits in two bytes.
        func seekHead(infoPosition: UInt64) -> [UInt8] {
            WebMFixture.element(
                0x114D_9B74,
                WebMFixture.element(
                    0x4DBB, WebMFixture.element(0x53AB, [0x15, 0x49, 0xA9, 0x66]),
                    WebMFixture.element(0x53AC, [UInt8(infoPosition >> 8), UInt8(infoPosition & 0xFF)])))
        }
        let position = UInt64(seekHead(infoPosition: 0).count + cluster.count)
        let bytes =
            WebMFixture.header(docType: "webm")
            + WebMFixture.element(
                WebMFixture.segment, seekHead(infoPosition: position), cluster,
                WebMFixture.info(duration: WebMFixture.float64(0x4489, 60_000)))
        #expect(try inspected(bytes).durationMs == 60_000)
    }

    @Test("a Matroska file (DocType matroska) is not accepted")
    func matroskaIsRefused() throws {
        let bytes =
            WebMFixture.header(docType: "matroska")
            + WebMFixture.element(WebMFixture.segment, WebMFixture.info(duration: WebMFixture.float64(0x4489, 1)))
        let error = try #require(try inspectionError(bytes))
        #expect(error == .unrecognisedType(resemblance: "a Matroska (.mkv) file, which is accepted only as WebM"))
        #expect(error.message.hasPrefix("the file's bytes are not MP3, M4A/AAC, WAV, OGG/Opus, MP4 or WebM"))
    }

    @Test("a WebM whose header is cut off is truncated")
    func headerCutOff() throws {
        let complete =
            WebMFixture.header(docType: "webm")
            + WebMFixture.element(WebMFixture.segment, WebMFixture.info(duration: WebMFixture.float64(0x4489, 1)))
        let headerLength = WebMFixture.header(docType: "webm").count
        for length in [5, 20, headerLength, headerLength + 2] {
            let error = try #require(try inspectionError(Array(complete.prefix(length))))
            guard case .truncated(.webm, _, _) = error else {
                Issue.record("expected a truncated WebM at \(length) bytes, got \(error)")
                continue
            }
        }
    }

    @Test("a Segment claiming more bytes than the file holds is truncated")
    func segmentPastEnd() throws {
        let complete =
            WebMFixture.header(docType: "webm")
            + WebMFixture.element(
                WebMFixture.segment, WebMFixture.info(duration: WebMFixture.float64(0x4489, 1)),
                WebMFixture.cluster(blockBytes: 3_000))
        let error = try #require(try inspectionError(Array(complete.dropLast(1_000))))
        guard case .truncated(.webm, _, let offset) = error else {
            Issue.record("expected a truncated WebM, got \(error)")
            return
        }
        #expect(offset == Int64(WebMFixture.header(docType: "webm").count))
    }
}
