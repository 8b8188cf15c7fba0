/// Reads an Ogg file: its first page's first packet names the codec (Opus or Vorbis), and the granule position
/// of the last page gives the duration.
///
/// Page CRCs are not checked. Instead, a page near the end is trusted only when it belongs to the first stream,
/// fits in the file, and ends exactly where the file or another page begins, which a chance `OggS` inside
/// compressed audio practically never does.
struct OggInspector {
    /// The file.
    let reader: MediaFileReader

    /// How much of the end of the file is searched for the last page: more than the longest page, so that the
    /// last page's header is always inside it.
    static let tailLength = 64 * 1024

    /// What the identification header says.
    enum Codec {
        /// Opus (RFC 7845 §5.1): granule positions count 48 kHz samples, the first `preSkip` of which are
        /// discarded.
        case opus(preSkip: UInt64)
        /// Vorbis I (§4.2.2): granule positions count samples at `sampleRate`.
        case vorbis(sampleRate: UInt64)

        /// The codec's name.
        var name: String {
            switch self {
            case .opus: "opus"
            case .vorbis: "vorbis"
            }
        }
    }

    /// The Ogg's description.
    func inspect() throws(MediaInspectionError) -> MediaInfo {
        let start = try reader.bytes(at: 0, count: OggPage.maximumLength)
        guard let first = OggPage(start, at: 0) else {
            // A missing segment count reads as the largest, so that a file shorter than any header is cut off.
            guard start.count >= 27 + Int(start.byte(at: 26) ?? 255) else {
                throw .truncated(
                    kind: .ogg, detail: "its first page header is cut off, so it holds no complete page",
                    byteOffset: 0)
            }
            throw .unrecognisedType(resemblance: "an Ogg file of an unknown stream structure version")
        }
        guard first.length <= start.count else {
            throw .truncated(
                kind: .ogg,
                detail: "its first page needs \(MediaNumberText.grouped(first.length)) bytes but the "
                    + "file ends at byte \(MediaNumberText.grouped(reader.byteCount)), so it holds no complete page",
                byteOffset: 0)
        }
        let packet = start.slice(at: first.headerLength, length: first.firstPacketLength) ?? MediaBytes([])
        let codec = try identify(packet)
        let duration = try lastGranulePosition(serialNumber: first.serialNumber).flatMap { granule in
            durationMs(granule: granule, codec: codec)
        }
        return MediaInfo(kind: .ogg, durationMs: duration, codec: codec.name, byteCount: reader.byteCount)
    }

    /// The codec named by the first packet of the first stream.
    private func identify(_ packet: MediaBytes) throws(MediaInspectionError) -> Codec {
        let place = packet.fileOffset
        if packet.matches(ascii: "OpusHead", at: 0) {
            // OpusHead: magic (8), version (1), channel count (1), pre-skip (2, little-endian), …
            guard let preSkip = packet.littleEndian(at: 10, width: 2), packet.count >= 19 else {
                throw .malformed(kind: .ogg, detail: "its OpusHead packet is too short", byteOffset: place)
            }
            return .opus(preSkip: preSkip)
        }
        if packet.matches([0x01] + Array("vorbis".utf8), at: 0) {
            // Vorbis identification header: type (1), "vorbis" (6), version (4), channels (1), sample rate (4), …
            guard packet.count >= 30, let sampleRate = packet.littleEndian(at: 12, width: 4), sampleRate > 0 else {
                throw .malformed(
                    kind: .ogg, detail: "its Vorbis identification header is too short or gives a sample rate of 0",
                    byteOffset: place)
            }
            return .vorbis(sampleRate: sampleRate)
        }
        throw .unrecognisedType(resemblance: Self.describeOtherCodec(packet))
    }

    /// A phrase for an Ogg stream of a codec other than Opus and Vorbis, from its first packet's magic.
    private static func describeOtherCodec(_ packet: MediaBytes) -> String {
        let known: [([UInt8], String)] = [
            ([0x80] + Array("theora".utf8), "Theora video"),
            ([0x7F] + Array("FLAC".utf8), "FLAC audio"),
            (Array("Speex   ".utf8), "Speex audio"),
            (Array("fishead".utf8) + [0], "a Skeleton index"),
        ]
        for (magic, name) in known where packet.matches(magic, at: 0) {
            return "an Ogg file of \(name), not Opus or Vorbis"
        }
        return "an Ogg file of an unknown codec"
    }

    /// The granule position of the last complete page of stream `serialNumber` in the last `tailLength` bytes,
    /// skipping pages on which no packet ends; `nil` when there is none.
    private func lastGranulePosition(serialNumber: UInt64) throws(MediaInspectionError) -> UInt64? {
        let tail = try reader.tail(count: Self.tailLength)
        var index = tail.count - 27
        while let found = tail.lastIndex(of: OggPage.capturePattern, atOrBefore: index) {
            index = found - 1
            guard let page = OggPage(tail, at: found), page.serialNumber == serialNumber,
                page.granulePosition != OggPage.noGranulePosition
            else { continue }
            let pageEnd = found + page.length
            if pageEnd == tail.count || tail.matches(OggPage.capturePattern, at: pageEnd) {
                return page.granulePosition
            }
        }
        return nil
    }

    /// The duration a granule position stands for.
    private func durationMs(granule: UInt64, codec: Codec) -> Int? {
        // Granule positions are signed (RFC 3533 §6); a negative one other than -1 is not a sample count.
        guard granule <= UInt64(Int64.max) else { return nil }
        switch codec {
        case .opus(let preSkip):
            return MediaDuration.milliseconds(units: granule > preSkip ? granule - preSkip : 0, perSecond: 48_000)
        case .vorbis(let sampleRate):
            return MediaDuration.milliseconds(units: granule, perSecond: sampleRate)
        }
    }
}
