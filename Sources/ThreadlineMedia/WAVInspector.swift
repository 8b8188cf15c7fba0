/// Reads a RIFF WAVE file: walks its chunks by seeking from header to header, reads the `fmt ` chunk, and
/// divides the `data` chunk's size by the byte rate.
///
/// Layout (Microsoft's RIFF and WAVE specifications): `RIFF`, a 32-bit little-endian size, `WAVE`, then chunks of
/// a four-character id, a 32-bit little-endian size and that many bytes, plus a pad byte when the size is odd.
struct WAVInspector {
    /// The file.
    let reader: MediaFileReader

    /// How many bytes a `data` chunk may claim beyond the end of the file before the file counts as cut off:
    /// some writers count a pad byte or a trailing chunk header they never wrote.
    static let sizeSlack: Int64 = 8
    /// The size written by streaming writers (ffmpeg to a pipe, for one) that do not know it yet, meaning
    /// "to the end of the file".
    static let unknownSize: UInt64 = 0xFFFF_FFFF
    /// The most chunks walked before the `data` chunk; real files have a handful.
    static let maximumChunkCount = 10_000

    /// What the `fmt ` chunk says.
    struct Format {
        let tag: UInt64
        let byteRate: UInt64
    }

    /// The WAV's description.
    func inspect() throws(MediaInspectionError) -> MediaInfo {
        var format: Format?
        var data: (offset: Int64, length: Int64)?
        var offset: Int64 = 12
        var chunkCount = 0
        while format == nil || data == nil {
            guard chunkCount < Self.maximumChunkCount else {
                throw .malformed(
                    kind: .wav,
                    detail: "it has more than \(MediaNumberText.grouped(Self.maximumChunkCount)) chunks "
                        + "before its samples", byteOffset: offset)
            }
            chunkCount += 1
            let header = try reader.bytes(at: offset, count: 8)
            guard header.count == 8, let size = header.littleEndian(at: 4, width: 4) else { break }
            let id = header.printableASCII(at: 0, length: 4) ?? "????"
            let bodyOffset = offset + 8
            let available = reader.byteCount - bodyOffset
            if id == "fmt " {
                format = try readFormat(at: bodyOffset, size: size)
            } else if id == "data" {
                if size == Self.unknownSize {
                    // The samples run to the end of the file, so there is nothing after them to walk to.
                    data = (bodyOffset, available)
                    offset = reader.byteCount
                    continue
                }
                guard Int64(size) <= available + Self.sizeSlack else {
                    throw .truncated(
                        kind: .wav,
                        detail: "its 'data' chunk at byte \(MediaNumberText.grouped(offset)) claims "
                            + "\(MediaNumberText.grouped(size)) bytes of samples but only "
                            + "\(MediaNumberText.grouped(available)) follow it", byteOffset: offset)
                }
                data = (bodyOffset, min(Int64(size), available))
            } else if Int64(size) > available {
                throw .truncated(
                    kind: .wav,
                    detail: "its '\(id)' chunk at byte \(MediaNumberText.grouped(offset)) claims "
                        + "\(MediaNumberText.grouped(size)) bytes but only \(MediaNumberText.grouped(available)) "
                        + "follow it", byteOffset: offset)
            }
            offset = bodyOffset + Int64(size) + Int64(size & 1)
        }
        guard let format else {
            if data != nil {
                throw .malformed(
                    kind: .wav, detail: "it has no 'fmt ' chunk describing its samples", byteOffset: 12)
            }
            throw .truncated(
                kind: .wav,
                detail: "it ends at byte \(MediaNumberText.grouped(reader.byteCount)) before its "
                    + "'fmt ' chunk", byteOffset: offset)
        }
        guard let data else {
            throw .truncated(
                kind: .wav,
                detail: "it ends at byte \(MediaNumberText.grouped(reader.byteCount)) before its "
                    + "'data' chunk", byteOffset: offset)
        }
        let duration = MediaDuration.milliseconds(units: UInt64(data.length), perSecond: format.byteRate)
        return MediaInfo(
            kind: .wav, durationMs: duration, codec: Self.codecName(format.tag), byteCount: reader.byteCount)
    }

    /// Reads the `fmt ` chunk body at `offset` (WAVEFORMATEX: format tag, channels, sample rate, byte rate, block
    /// alignment, bits per sample; WAVE_FORMAT_EXTENSIBLE adds a sub-format GUID whose first two bytes are the tag).
    private func readFormat(at offset: Int64, size: UInt64) throws(MediaInspectionError) -> Format {
        let chunkOffset = offset - 8
        guard size >= 16 else {
            throw .malformed(
                kind: .wav,
                detail: "its 'fmt ' chunk at byte \(MediaNumberText.grouped(chunkOffset)) is "
                    + "\(size) bytes long, shorter than the 16 it needs", byteOffset: chunkOffset)
        }
        let body = try reader.bytes(at: offset, count: Int(min(size, 40)))
        guard var tag = body.littleEndian(at: 0, width: 2), let byteRate = body.littleEndian(at: 8, width: 4) else {
            throw .truncated(
                kind: .wav, detail: "its 'fmt ' chunk at byte \(MediaNumberText.grouped(chunkOffset)) is cut off",
                byteOffset: chunkOffset)
        }
        guard byteRate > 0 else {
            throw .malformed(
                kind: .wav,
                detail: "its 'fmt ' chunk at byte \(MediaNumberText.grouped(chunkOffset)) gives a byte "
                    + "rate of 0", byteOffset: chunkOffset)
        }
        if tag == 0xFFFE, let subFormat = body.littleEndian(at: 24, width: 2) {
            tag = subFormat
        }
        return Format(tag: tag, byteRate: byteRate)
    }

    /// A short name for a WAVE format tag (RFC 2361 lists them).
    static func codecName(_ tag: UInt64) -> String {
        switch tag {
        case 0x0001: "pcm"
        case 0x0003: "float"
        case 0x0006: "alaw"
        case 0x0007: "mulaw"
        case 0x0055: "mp3"
        default: "wave-format-\(tag)"
        }
    }
}
