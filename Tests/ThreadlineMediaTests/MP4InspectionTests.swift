import Foundation
import Testing
import ThreadlineMedia

@Suite("MP4 and M4A")
struct MP4InspectionTests {
    @Test("an M4A brand with a version 0 mvhd: 154,350 / 44,100 s")
    func audioBrand() throws {
        let bytes =
            MP4Fixture.fileType("M4A ", compatible: ["M4A ", "mp42", "isom"])
            + MP4Fixture.box(
                "moov", MP4Fixture.movieHeader(version: 0, timescale: 44_100, duration: 154_350),
                MP4Fixture.soundTrack)
            + MP4Fixture.mediaData(100)
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .m4a, durationMs: 3_500, codec: "mp4a", byteCount: Int64(bytes.count)))
    }

    @Test("a generic brand with only a sound track is M4A; a version 1 mvhd is read")
    func soundOnlyIsAudio() throws {
        let bytes =
            MP4Fixture.fileType("isom", compatible: ["isom", "iso2", "mp41"]) + MP4Fixture.mediaData(64)
            + MP4Fixture.box(
                "moov", MP4Fixture.movieHeader(version: 1, timescale: 1_000, duration: 7_250), MP4Fixture.soundTrack)
        let info = try inspected(bytes)
        #expect(info.kind == .m4a)
        #expect(info.durationMs == 7_250)
    }

    @Test("a picture track makes it MP4, with both tracks' codecs")
    func videoIsMP4() throws {
        let bytes =
            MP4Fixture.fileType("mp42")
            + MP4Fixture.box(
                "moov", MP4Fixture.movieHeader(version: 0, timescale: 600, duration: 36_000),
                MP4Fixture.videoTrack, MP4Fixture.soundTrack)
            + MP4Fixture.mediaData(10)
        let info = try inspected(bytes)
        #expect(info == MediaInfo(kind: .mp4, durationMs: 60_000, codec: "avc1,mp4a", byteCount: Int64(bytes.count)))
        #expect(info.kind.isVideo)
    }

    @Test("moov after a 300 MiB mdat with a 64-bit largesize, written sparsely, is found by seeking")
    func moovAfterHugeMediaData() throws {
        let folder = try TemporaryFolder()
        let url = try folder.file("large.mp4", MP4Fixture.fileType("isom"))
        let mediaDataStart = UInt64(MP4Fixture.fileType("isom").count)
        let mediaDataLength: UInt64 = 300 * 1024 * 1024
        var mediaDataHeader = ByteWriter()
        mediaDataHeader.bigEndian(1, width: 4)
        mediaDataHeader.ascii("mdat")
        mediaDataHeader.bigEndian(mediaDataLength, width: 8)
        let movie = MP4Fixture.box(
            "moov", MP4Fixture.movieHeader(version: 1, timescale: 90_000, duration: 90_000 * 3_600),
            MP4Fixture.videoTrack, MP4Fixture.soundTrack)

        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: mediaDataHeader.data)
        // Extending with truncate leaves a hole, so the test needs no 300 MiB of disk or memory.
        try handle.truncate(atOffset: mediaDataStart + mediaDataLength)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(movie))
        try handle.close()

        let info = try MediaInspector().inspect(fileAt: url)
        #expect(info.kind == .mp4)
        #expect(info.durationMs == 3_600_000)
        #expect(info.byteCount == Int64(mediaDataStart + mediaDataLength) + Int64(movie.count))
    }

    @Test("the FileHandle overload gives the same answer as the URL one")
    func fileHandleOverload() throws {
        let bytes =
            MP4Fixture.fileType("M4A ")
            + MP4Fixture.box(
                "moov", MP4Fixture.movieHeader(version: 0, timescale: 1_000, duration: 42), MP4Fixture.soundTrack)
        let folder = try TemporaryFolder()
        let url = try folder.file("a.m4a", bytes)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let info = try MediaInspector().inspect(fileHandle: handle, byteCount: Int64(bytes.count))
        #expect(info == (try MediaInspector().inspect(fileAt: url)))
        #expect(info.durationMs == 42)
    }

    @Test("a fragmented MP4 whose mvhd says 0 takes its duration from mvex/mehd")
    func fragmentedDuration() throws {
        var fragmentDuration = ByteWriter()
        fragmentDuration.bigEndian(12_345, width: 4)
        let bytes =
            MP4Fixture.fileType("iso6")
            + MP4Fixture.box(
                "moov", MP4Fixture.movieHeader(version: 0, timescale: 1_000, duration: 0), MP4Fixture.videoTrack,
                MP4Fixture.box("mvex", MP4Fixture.fullBox("mehd", version: 0, fragmentDuration.bytes)))
            + MP4Fixture.box("moof", [UInt8](repeating: 0, count: 16)) + MP4Fixture.mediaData(32)
        #expect(try inspected(bytes).durationMs == 12_345)
    }

    @Test("an all-ones mvhd duration means unknown")
    func unknownDuration() throws {
        let bytes =
            MP4Fixture.fileType("mp41")
            + MP4Fixture.box(
                "moov", MP4Fixture.movieHeader(version: 0, timescale: 1_000, duration: 0xFFFF_FFFF),
                MP4Fixture.videoTrack)
        #expect(try inspected(bytes).durationMs == nil)
    }

    @Test("a file with no moov is truncated: the recording was stopped before its index was written")
    func noMovie() throws {
        let bytes = MP4Fixture.fileType("isom") + MP4Fixture.box("free", [1, 2, 3]) + MP4Fixture.mediaData(4_000)
        let error = try #require(try inspectionError(bytes))
        guard case .truncated(.mp4, let detail, let offset) = error else {
            Issue.record("expected a truncated MP4, got \(error)")
            return
        }
        #expect(detail.hasPrefix("it has no 'moov' box"))
        #expect(offset == Int64(bytes.count))
    }

    @Test("an mdat claiming more bytes than the file holds is truncated, even with moov first")
    func mediaDataPastEnd() throws {
        var mediaData = ByteWriter()
        mediaData.bigEndian(1_000_000, width: 4)
        mediaData.ascii("mdat")
        mediaData.zeros(5_000)
        let fileType = MP4Fixture.fileType("M4A ")
        let movie = MP4Fixture.box(
            "moov", MP4Fixture.movieHeader(version: 0, timescale: 1_000, duration: 9), MP4Fixture.soundTrack)
        let error = try #require(try inspectionError(fileType + movie + mediaData.bytes))
        let offset = Int64(fileType.count + movie.count)
        let end = offset + 5_008
        let expected =
            "the 'mdat' box at byte \(MediaNumberFormatting.grouped(offset)) claims 1,000,000 bytes but the file "
            + "ends at byte \(MediaNumberFormatting.grouped(end))"
        #expect(error == .truncated(kind: .m4a, detail: expected, byteOffset: offset))
    }

    @Test("a box inside moov that runs past it is a damaged file")
    func childPastParent() throws {
        var bad = ByteWriter()
        bad.bigEndian(500, width: 4)
        bad.ascii("trak")
        bad.zeros(20)
        let bytes =
            MP4Fixture.fileType("isom")
            + MP4Fixture.box("moov", MP4Fixture.movieHeader(version: 0, timescale: 1, duration: 1), bad.bytes)
        let error = try #require(try inspectionError(bytes))
        guard case .malformed(.mp4, _, _) = error else {
            Issue.record("expected a damaged MP4, got \(error)")
            return
        }
    }

    @Test("a file of endless empty boxes is given up on after 100,000 of them, not walked to its end")
    func boxBudget() throws {
        let fileType = MP4Fixture.fileType("isom")
        let bytes = fileType + (0..<100_010).flatMap { _ in MP4Fixture.box("free") }
        let error = try #require(try inspectionError(bytes))
        guard case .malformed(.mp4, let detail, let offset) = error else {
            Issue.record("expected a damaged MP4, got \(error)")
            return
        }
        #expect(detail == "it has more than 100,000 top-level boxes and no 'moov' box among them")
        // The ftyp box counts as one of the 100,000.
        #expect(offset == Int64(fileType.count + 99_999 * 8))
    }

    @Test("a HEIC photo, which shares the box format, is refused by its brand")
    func heicIsRefused() throws {
        let bytes = MP4Fixture.fileType("heic", compatible: ["mif1", "heic"]) + MP4Fixture.box("meta", [0, 0, 0, 0])
        #expect(try inspectionError(bytes) == .unrecognisedType(resemblance: "a HEIC image"))
    }
}

/// The thousands grouping the inspector uses in messages, restated for expected values.
enum MediaNumberFormatting {
    static func grouped(_ value: Int64) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
