/// Reads an MP3 file: skips its ID3v2 tags, finds the first Layer III frame, and takes the duration from a
/// Xing/Info tag in that frame (less the encoder delay and padding its LAME extension gives) or a VBRI tag, or
/// else estimates it from the bit rate as if the stream were constant.
struct MP3Inspector {
    /// The file.
    let reader: MediaFileReader

    /// How far past the ID3 tags a first frame is looked for: tags are often followed by padding they do not
    /// count, but a real file's audio begins within a few kilobytes.
    static let frameSearchLength = 64 * 1024
    /// The longest Layer III frame: 144 × 320,000 / 32,000 + 1 padding byte.
    static let longestFrame = 1441
    /// How many ID3v2 tags in a row are skipped before giving up; files with two exist, more is hostile.
    static let maximumTagCount = 8

    /// Where the audio begins and its first frame.
    struct FirstFrame {
        let offset: Int64
        let header: MPEGAudioFrameHeader
    }

    /// The MP3's description.
    func inspect() throws(MediaInspectionError) -> MediaInfo {
        let (audioStart, isTagged) = try offsetAfterTags()
        let frame = try firstFrame(searchingFrom: audioStart, isTagged: isTagged)
        return MediaInfo(
            kind: .mp3, durationMs: try durationMs(from: frame), codec: "mp3", byteCount: reader.byteCount)
    }

    /// The offset just after the ID3v2 tags at the start of the file, and whether there were any.
    ///
    /// ID3v2.4 §3.1: `ID3`, two version bytes, a flags byte, and a 28-bit "syncsafe" size (7 bits per byte)
    /// counting the tag after its 10-byte header and without its optional 10-byte footer (flag bit 4).
    private func offsetAfterTags() throws(MediaInspectionError) -> (Int64, Bool) {
        var offset: Int64 = 0
        var tagCount = 0
        while tagCount < Self.maximumTagCount {
            let header = try reader.bytes(at: offset, count: 10)
            guard header.matches(ascii: "ID3", at: 0) else { break }
            guard header.count == 10 else {
                throw .truncated(
                    kind: .mp3, detail: "the ID3 tag header at byte \(MediaNumberText.grouped(offset)) is cut off",
                    byteOffset: offset)
            }
            let sizeBytes = header.storage[6..<10]
            guard header.storage[3] != 0xFF, header.storage[4] != 0xFF, sizeBytes.allSatisfy({ $0 < 0x80 }) else {
                throw .malformed(
                    kind: .mp3,
                    detail: "the ID3 tag at byte \(MediaNumberText.grouped(offset)) has an impossible version or size",
                    byteOffset: offset)
            }
            let size = sizeBytes.reduce(Int64(0)) { $0 << 7 | Int64($1) }
            let footerLength: Int64 = header.storage[5] & 0x10 != 0 ? 10 : 0
            let end = offset + 10 + size + footerLength
            guard end <= reader.byteCount else {
                throw .truncated(
                    kind: .mp3,
                    detail: "the ID3 tag at byte \(MediaNumberText.grouped(offset)) claims "
                        + "\(MediaNumberText.grouped(end - offset)) bytes but the file ends at byte "
                        + MediaNumberText.grouped(reader.byteCount),
                    byteOffset: offset)
            }
            offset = end
            tagCount += 1
        }
        return (offset, tagCount > 0)
    }

    /// The first frame of the stream.
    ///
    /// Without a tag the frame must start the file. After a tag, the first valid header within
    /// `frameSearchLength` bytes is taken. Either way a candidate counts only if the header after it is valid too
    /// (or the file ends with it), so that a stray `FF Fx` in padding or in another format is not mistaken for MP3.
    private func firstFrame(
        searchingFrom start: Int64, isTagged: Bool
    ) throws(MediaInspectionError) -> FirstFrame {
        // The window reaches a whole frame past the searched range, so the next header is always inside it.
        let window = try reader.bytes(at: start, count: Self.frameSearchLength + Self.longestFrame + 4)
        guard window.count > 0 else {
            throw .truncated(
                kind: .mp3, detail: "the file ends after its ID3 tag, before any MP3 frame", byteOffset: start)
        }
        let lastCandidate = isTagged ? min(window.count, Self.frameSearchLength) - 1 : 0
        var index = 0
        while index <= lastCandidate {
            defer { index += 1 }
            guard window.byte(at: index) == 0xFF, let header = MPEGAudioFrameHeader(window, at: index) else {
                continue
            }
            let offset = start + Int64(index)
            let end = offset + Int64(header.frameLength)
            if end > reader.byteCount {
                throw .truncated(
                    kind: .mp3,
                    detail: "the first MP3 frame, at byte \(MediaNumberText.grouped(offset)), needs "
                        + "\(MediaNumberText.grouped(header.frameLength)) bytes but the file ends at byte "
                        + MediaNumberText.grouped(reader.byteCount),
                    byteOffset: offset)
            }
            if end + 4 > reader.byteCount {
                return FirstFrame(offset: offset, header: header)
            }
            let nextIndex = index + header.frameLength
            if let next = MPEGAudioFrameHeader(window, at: nextIndex), next.belongsToSameStream(as: header) {
                return FirstFrame(offset: offset, header: header)
            }
        }
        if isTagged {
            let after = ForeignFormatResemblance.describe(window) ?? "an ID3 tag followed by something other than MP3"
            throw .unrecognisedType(resemblance: after)
        }
        throw .unrecognisedType(resemblance: nil)
    }

    /// The samples the encoder added at the start and the end, from the LAME extension that LAME and ffmpeg
    /// write after the Xing fields, or `nil` when there is none.
    ///
    /// The extension (the "Mp3 Info Tag" rev 1 layout) starts with a 9-byte encoder name such as `LAME3.100` or
    /// `Lavc61.3.`; 21 bytes in, 12 bits of encoder delay and 12 bits of padding follow. Without them a duration is
    /// about 50 ms long, as players that honour the tag (ffmpeg, browsers) trim those samples.
    private static func gaplessTrim(_ bytes: MediaBytes, xingIndex: Int, flags: UInt64) -> UInt64? {
        var index = xingIndex + 8
        if flags & 0x1 != 0 { index += 4 }  // Frame count.
        if flags & 0x2 != 0 { index += 4 }  // Byte count.
        if flags & 0x4 != 0 { index += 100 }  // Seek table of contents.
        if flags & 0x8 != 0 { index += 4 }  // Quality indicator.
        // An encoder name starts with four letters; anything else is not this extension.
        guard let name = bytes.slice(at: index, length: 4),
            name.storage.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
            let packed = bytes.bigEndian(at: index + 21, width: 3)
        else { return nil }
        return (packed >> 12) + (packed & 0xFFF)
    }

    /// The duration from the first frame's Xing/Info or VBRI tag, or the constant-bit-rate estimate.
    private func durationMs(from frame: FirstFrame) throws(MediaInspectionError) -> Int? {
        let header = frame.header
        let bytes = try reader.bytes(at: frame.offset, count: header.frameLength)
        let samplesPerFrame = UInt64(header.samplesPerFrame)
        let sampleRate = UInt64(header.sampleRate)

        // Xing/Info tag (the LAME convention): "Xing" or "Info", 4 bytes of flags, then, when flag bit 0 is
        // set, the number of audio frames after this one.
        let xing = header.xingTagIndex
        if bytes.matches(ascii: "Xing", at: xing) || bytes.matches(ascii: "Info", at: xing),
            let flags = bytes.bigEndian(at: xing + 4, width: 4), flags & 1 == 1,
            let frames = bytes.bigEndian(at: xing + 8, width: 4), frames > 0
        {
            let samples = frames * samplesPerFrame
            let trimmed = Self.gaplessTrim(bytes, xingIndex: xing, flags: flags).flatMap { trim in
                trim < samples ? samples - trim : nil
            }
            return MediaDuration.milliseconds(units: trimmed ?? samples, perSecond: sampleRate)
        }
        // VBRI tag (Fraunhofer): 32 bytes after the header, then version, delay and quality (2 bytes each),
        // the stream's byte count, then its frame count (4 bytes each).
        if bytes.matches(ascii: "VBRI", at: 36), let frames = bytes.bigEndian(at: 36 + 14, width: 4), frames > 0 {
            return MediaDuration.milliseconds(units: frames * samplesPerFrame, perSecond: sampleRate)
        }
        // No tag: assume a constant bit rate over everything from the first frame to the end, less a trailing
        // 128-byte ID3v1 tag ("TAG").
        var audioEnd = reader.byteCount
        if audioEnd - 128 >= frame.offset, try reader.bytes(at: audioEnd - 128, count: 3).matches(ascii: "TAG", at: 0) {
            audioEnd -= 128
        }
        let (bits, overflow) = UInt64(audioEnd - frame.offset).multipliedReportingOverflow(by: 8)
        guard !overflow else { return nil }
        return MediaDuration.milliseconds(units: bits, perSecond: UInt64(header.bitRate))
    }
}
