/// Reads a WebM file: its EBML header must name the `webm` document type; the Segment's Info element gives the
/// duration and its Tracks element the codecs.
///
/// Element IDs are from the Matroska specification (RFC 9559) and the WebM container guidelines. Only the
/// elements before the first Cluster are walked, following a SeekHead when Info or Tracks come later, because
/// a browser's recording is one unknown-size Cluster after another and cannot be skipped through cheaply.
struct WebMInspector {
    /// The file.
    let reader: MediaFileReader

    /// The most bytes an EBML header may take; real ones take about 40.
    static let maximumHeaderLength: UInt64 = 4096
    /// The most Segment children walked before giving up on finding Info and Tracks.
    static let maximumSegmentChildren = 4096
    /// The time unit of Info's Duration when TimecodeScale is absent: one millisecond in nanoseconds.
    static let defaultTimecodeScale: UInt64 = 1_000_000

    /// Element IDs used here.
    enum ID {
        static let ebml: UInt32 = 0x1A45_DFA3
        static let docType: UInt32 = 0x4282
        static let segment: UInt32 = 0x1853_8067
        static let seekHead: UInt32 = 0x114D_9B74
        static let seek: UInt32 = 0x4DBB
        static let seekID: UInt32 = 0x53AB
        static let seekPosition: UInt32 = 0x53AC
        static let info: UInt32 = 0x1549_A966
        static let timecodeScale: UInt32 = 0x2A_D7B1
        static let duration: UInt32 = 0x4489
        static let tracks: UInt32 = 0x1654_AE6B
        static let trackEntry: UInt32 = 0xAE
        static let codecID: UInt32 = 0x86
        static let cluster: UInt32 = 0x1F43_B675
        static let void: UInt32 = 0xEC
        static let crc32: UInt32 = 0xBF
    }

    /// What the Segment's Info and Tracks say, as far as they were found.
    struct SegmentSummary {
        var durationMs: Int?
        var hasInfo = false
        var codecs: [String]?
    }

    /// The WebM's description.
    func inspect() throws(MediaInspectionError) -> MediaInfo {
        let headerEnd = try checkDocType()
        let segment = try findSegment(after: headerEnd)
        let summary = try summarise(segment)
        let codec = summary.codecs.flatMap { $0.isEmpty ? nil : $0.joined(separator: ",") }
        return MediaInfo(kind: .webm, durationMs: summary.durationMs, codec: codec, byteCount: reader.byteCount)
    }

    /// Checks that the EBML header at the start names the `webm` document type, and returns where it ends.
    private func checkDocType() throws(MediaInspectionError) -> Int64 {
        let head = try reader.bytes(at: 0, count: Int(Self.maximumHeaderLength) + EBMLElement.maximumHeaderLength)
        let header = try element(in: head, at: 0, what: "EBML header")
        guard let size = header.size, size <= Self.maximumHeaderLength, let end = header.dataEnd else {
            throw .malformed(
                kind: .webm, detail: "its EBML header claims more than \(Self.maximumHeaderLength) bytes",
                byteOffset: 0)
        }
        guard end <= head.fileEnd else {
            throw .truncated(
                kind: .webm,
                detail: "its EBML header claims \(size) bytes but the file ends at byte "
                    + MediaNumberText.grouped(reader.byteCount), byteOffset: 0)
        }
        // RFC 8794 §11.2.6: a header without DocType means "matroska".
        var docType = "matroska"
        for child in EBMLElement.children(of: head, from: header.headerLength, to: Int(end))
        where child.id == ID.docType {
            docType = EBMLElement.string(head, child.data) ?? docType
        }
        switch docType {
        case "webm":
            return end
        case "matroska":
            throw .unrecognisedType(resemblance: "a Matroska (.mkv) file, which is accepted only as WebM")
        default:
            throw .unrecognisedType(resemblance: "an EBML document of type \"\(docType.prefix(40))\"")
        }
    }

    /// The Segment element that follows the EBML header, past any Void or CRC-32 elements.
    private func findSegment(after offset: Int64) throws(MediaInspectionError) -> EBMLElement {
        var offset = offset
        for _ in 0..<16 {
            let bytes = try reader.bytes(at: offset, count: EBMLElement.maximumHeaderLength)
            let found = try element(in: bytes, at: 0, what: "Segment header")
            if found.id == ID.segment {
                if found.size != nil, found.dataEnd.map({ $0 > reader.byteCount }) ?? true {
                    throw .truncated(
                        kind: .webm,
                        detail: "its Segment at byte \(MediaNumberText.grouped(offset)) claims "
                            + "\(MediaNumberText.grouped(found.size ?? 0)) bytes but the file ends at byte "
                            + MediaNumberText.grouped(reader.byteCount), byteOffset: offset)
                }
                return found
            }
            guard found.id == ID.void || found.id == ID.crc32, let end = found.dataEnd else { break }
            offset = end
        }
        throw .malformed(
            kind: .webm,
            detail: "no Segment element follows its EBML header at byte \(MediaNumberText.grouped(offset))",
            byteOffset: offset)
    }

    /// Walks the Segment's children up to the first Cluster, reading Info, Tracks and SeekHead, then follows the
    /// SeekHead to Info or Tracks if they were not found.
    private func summarise(_ segment: EBMLElement) throws(MediaInspectionError) -> SegmentSummary {
        let segmentEnd = segment.dataEnd ?? reader.byteCount
        var summary = SegmentSummary()
        var seekPositions: [UInt32: UInt64] = [:]
        var offset = segment.dataOffset
        var walked = 0
        while offset < segmentEnd, walked < Self.maximumSegmentChildren, !summary.hasInfo || summary.codecs == nil {
            walked += 1
            let bytes = try reader.bytes(at: offset, count: EBMLElement.maximumHeaderLength)
            // Past the headers a damaged or cut-off element ends the walk but not the inspection: a browser can
            // still play everything before it.
            guard case .element(let child) = EBMLElement.parse(bytes, at: 0), child.id != ID.cluster else { break }
            switch child.id {
            case ID.seekHead: seekPositions = try readSeekHead(child)
            case ID.info: summary = try read(child, into: summary)
            case ID.tracks: summary = try read(child, into: summary)
            default: break
            }
            guard let end = child.dataEnd else { break }
            offset = end
        }
        for id in [ID.info, ID.tracks] {
            let isMissing = id == ID.info ? !summary.hasInfo : summary.codecs == nil
            guard isMissing, let position = seekPositions[id],
                position <= UInt64(segmentEnd - segment.dataOffset)
            else { continue }
            let target = segment.dataOffset + Int64(position)
            let bytes = try reader.bytes(at: target, count: EBMLElement.maximumHeaderLength)
            if case .element(let child) = EBMLElement.parse(bytes, at: 0), child.id == id {
                summary = try read(child, into: summary)
            }
        }
        return summary
    }

    /// Reads an Info or Tracks element into `summary`.
    private func read(
        _ element: EBMLElement, into summary: SegmentSummary
    ) throws(MediaInspectionError) -> SegmentSummary {
        var summary = summary
        guard let bytes = try body(of: element, name: element.id == ID.info ? "Info" : "Tracks") else {
            return summary
        }
        if element.id == ID.info {
            summary.hasInfo = true
            summary.durationMs = Self.durationMs(infoBody: bytes)
        } else {
            summary.codecs = Self.codecs(tracksBody: bytes)
        }
        return summary
    }

    /// The data of a small master element, or `nil` when it is too large to read in one go (it is then skipped).
    private func body(of element: EBMLElement, name: String) throws(MediaInspectionError) -> MediaBytes? {
        guard let size = element.size, size <= UInt64(MediaFileReader.maximumReadLength) else { return nil }
        let bytes = try reader.bytes(at: element.dataOffset, count: Int(size))
        guard bytes.count == Int(size) else {
            throw .truncated(
                kind: .webm,
                detail: "its \(name) element at byte \(MediaNumberText.grouped(element.offset)) claims "
                    + "\(size) bytes but the file ends at byte \(MediaNumberText.grouped(reader.byteCount))",
                byteOffset: element.offset)
        }
        return bytes
    }

    /// Info's Duration (a float in TimecodeScale units) in milliseconds; TimecodeScale is in nanoseconds.
    private static func durationMs(infoBody bytes: MediaBytes) -> Int? {
        var scale = defaultTimecodeScale
        var duration: Double?
        for child in EBMLElement.children(of: bytes, from: 0, to: bytes.count) {
            switch child.id {
            case ID.timecodeScale: scale = EBMLElement.unsigned(bytes, child.data) ?? 0
            case ID.duration: duration = EBMLElement.float(bytes, child.data)
            default: continue
            }
        }
        guard let duration, scale > 0 else { return nil }
        return MediaDuration.milliseconds(seconds: duration * Double(scale) / 1e9)
    }

    /// The codec of each TrackEntry, in order.
    private static func codecs(tracksBody bytes: MediaBytes) -> [String] {
        var codecs: [String] = []
        for entry in EBMLElement.children(of: bytes, from: 0, to: bytes.count) where entry.id == ID.trackEntry {
            let fields = EBMLElement.children(of: bytes, from: entry.data.lowerBound, to: entry.data.upperBound)
            for field in fields where field.id == ID.codecID {
                if let id = EBMLElement.string(bytes, field.data), let name = codecName(id), !codecs.contains(name) {
                    codecs.append(name)
                }
            }
        }
        return codecs
    }

    /// The name a `codecs` parameter uses for a Matroska CodecID, such as `vp9` for `V_VP9`; others lower-cased
    /// and cut down to characters safe in a media type.
    static func codecName(_ codecID: String) -> String? {
        let known = [
            "V_VP8": "vp8", "V_VP9": "vp9", "V_AV1": "av1", "V_MPEG4/ISO/AVC": "h264", "V_THEORA": "theora",
            "A_OPUS": "opus", "A_VORBIS": "vorbis", "A_PCM/INT/LIT": "pcm", "A_PCM/FLOAT/IEEE": "pcm",
        ]
        if let name = known[codecID] { return name }
        let safe = codecID.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) }
        return safe.isEmpty ? nil : String(safe.prefix(40))
    }

    /// Reads a SeekHead into the positions, relative to the Segment's data, of the elements it points to.
    private func readSeekHead(_ element: EBMLElement) throws(MediaInspectionError) -> [UInt32: UInt64] {
        guard let bytes = try body(of: element, name: "SeekHead") else { return [:] }
        var positions: [UInt32: UInt64] = [:]
        for seek in EBMLElement.children(of: bytes, from: 0, to: bytes.count) where seek.id == ID.seek {
            var id: UInt64?
            var position: UInt64?
            for field in EBMLElement.children(of: bytes, from: seek.data.lowerBound, to: seek.data.upperBound) {
                // SeekID holds the target's ID bytes, which read as an unsigned number are the ID itself.
                if field.id == ID.seekID, field.data.count <= 4 { id = EBMLElement.unsigned(bytes, field.data) }
                if field.id == ID.seekPosition { position = EBMLElement.unsigned(bytes, field.data) }
            }
            if let id, let position, positions[UInt32(id)] == nil { positions[UInt32(id)] = position }
        }
        return positions
    }

    /// The element whose header is at `index` of `bytes`, for the headers a WebM must start with.
    private func element(
        in bytes: MediaBytes, at index: Int, what: String
    ) throws(MediaInspectionError) -> EBMLElement {
        let place = bytes.fileOffset + Int64(index)
        switch EBMLElement.parse(bytes, at: index) {
        case .element(let element):
            return element
        case .needsMoreBytes:
            throw .truncated(
                kind: .webm,
                detail: "its \(what) at byte \(MediaNumberText.grouped(place)) is cut off (the file "
                    + "ends at byte \(MediaNumberText.grouped(reader.byteCount)))", byteOffset: place)
        case .invalid:
            throw .malformed(
                kind: .webm,
                detail: "its \(what) at byte \(MediaNumberText.grouped(place)) is not a valid EBML "
                    + "element", byteOffset: place)
        }
    }
}
