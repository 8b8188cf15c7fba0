/// Reads an ISO base media file (MP4, M4A, QuickTime, 3GP): its `ftyp` brand, then the `moov` box wherever it
/// is (often after a huge `mdat`), whose `mvhd` gives the duration and whose tracks' handlers say whether there
/// is a picture.
///
/// Box layouts are from ISO/IEC 14496-12: `mvhd` §8.2.2, `hdlr` §8.4.3, `stsd` §8.5.2, `mehd` §8.8.2.
struct MP4Inspector {
    /// The file.
    let reader: MediaFileReader

    /// The most top-level boxes walked: a fragmented MP4 has two per fragment, so this allows hours of
    /// one-second fragments while bounding the reads a hostile file costs.
    static let maximumTopLevelBoxes = 100_000
    /// The most box headers read inside `moov`.
    static let maximumMovieBoxes = 20_000
    /// Major brands of files that are sound only (Apple's audio, audiobook and protected audio brands).
    static let audioBrands: Set<String> = ["M4A ", "M4B ", "M4P "]
    /// Major brands of still images in the same box format (HEIF, AVIF, Canon raw), named when refused.
    static let imageBrands: [String: String] = [
        "heic": "a HEIC image", "heix": "a HEIC image", "heim": "a HEIC image", "heis": "a HEIC image",
        "hevc": "a HEIF image sequence", "hevx": "a HEIF image sequence", "mif1": "a HEIF image",
        "msf1": "a HEIF image sequence", "avif": "an AVIF image", "avis": "an AVIF image sequence",
        "crx ": "a Canon raw photo",
    ]

    /// What `mvhd` says.
    struct MovieHeader {
        let timescale: UInt64
        /// The duration in `timescale` units, or `nil` when it is the all-ones "unknown" value.
        let duration: UInt64?
    }

    /// The MP4's description.
    func inspect() throws(MediaInspectionError) -> MediaInfo {
        let brand = try majorBrand()
        if let image = Self.imageBrands[brand] {
            throw .unrecognisedType(resemblance: image)
        }
        let isAudioBrand = Self.audioBrands.contains(brand)
        let kindSoFar: MediaKind = isAudioBrand ? .m4a : .mp4
        let movie = try findMovie(kind: kindSoFar)
        let walker = MP4BoxWalker(reader: reader, kind: kindSoFar, budget: Self.maximumMovieBoxes)

        var header: MovieHeader?
        var fragmentDuration: UInt64?
        var isFragmented = false
        var handlers: [String] = []
        var codecs: [String] = []
        var boxes = walker.children(of: movie)
        while let box = try boxes.next() {
            switch box.type {
            case "mvhd" where header == nil:
                header = try readMovieHeader(box, kind: kindSoFar)
            case "mvex":
                isFragmented = true
                if let extendsHeader = try walker.firstChild("mehd", of: box) {
                    fragmentDuration = try readFragmentDuration(extendsHeader)
                }
            case "trak":
                let (handler, sampleEntry) = try readTrack(box, walker: walker)
                guard let handler else { continue }
                handlers.append(handler)
                if let sampleEntry, handler == "soun" || handler == "vide", !codecs.contains(sampleEntry) {
                    codecs.append(sampleEntry)
                }
            default:
                continue
            }
        }
        if walker.isExhausted {
            throw .malformed(
                kind: kindSoFar,
                detail: "its 'moov' box holds more than "
                    + "\(MediaNumberText.grouped(Self.maximumMovieBoxes)) boxes", byteOffset: movie.offset)
        }
        guard let header else {
            throw .malformed(
                kind: kindSoFar,
                detail: "its 'moov' box at byte \(MediaNumberText.grouped(movie.offset)) has no "
                    + "'mvhd' movie header", byteOffset: movie.offset)
        }
        let isSoundOnly = handlers.contains("soun") && !handlers.contains("vide")
        return MediaInfo(
            kind: isAudioBrand || isSoundOnly ? .m4a : .mp4,
            durationMs: durationMs(header, fragmentDuration: fragmentDuration, isFragmented: isFragmented),
            codec: codecs.isEmpty ? nil : codecs.joined(separator: ","),
            byteCount: reader.byteCount)
    }

    /// The major brand from the `ftyp` box that starts the file.
    private func majorBrand() throws(MediaInspectionError) -> String {
        let walker = MP4BoxWalker(reader: reader, kind: .mp4, budget: 1)
        var boxes = walker.children(of: nil)
        guard let fileType = try boxes.next(), fileType.contentLength >= 8,
            let brand = try reader.bytes(at: fileType.contentOffset, count: 4).printableASCII(at: 0, length: 4)
        else {
            throw .malformed(kind: .mp4, detail: "its 'ftyp' box is too short to hold a brand", byteOffset: 0)
        }
        return brand
    }

    /// The first top-level `moov` box, found by walking the top-level boxes to the end of the file, so that a box
    /// claiming more bytes than the file holds is noticed even when `moov` comes first.
    private func findMovie(kind: MediaKind) throws(MediaInspectionError) -> MP4Box {
        let walker = MP4BoxWalker(reader: reader, kind: kind, budget: Self.maximumTopLevelBoxes)
        var boxes = walker.children(of: nil)
        var movie: MP4Box?
        var count = 0
        while let box = try boxes.next() {
            count += 1
            if box.type == "moov", movie == nil { movie = box }
        }
        guard let movie else {
            if walker.isExhausted {
                throw .malformed(
                    kind: kind,
                    detail: "it has more than \(MediaNumberText.grouped(Self.maximumTopLevelBoxes)) "
                        + "top-level boxes and no 'moov' box among them", byteOffset: boxes.offset)
            }
            throw .truncated(
                kind: kind,
                detail: "it has no 'moov' box (the index of its tracks) in its "
                    + "\(MediaNumberText.grouped(count)) top-level boxes; the recording was probably stopped "
                    + "before it was finished", byteOffset: reader.byteCount)
        }
        return movie
    }

    /// Reads `mvhd`: a version byte and 3 flag bytes, then (version 0) 32-bit creation and modification times,
    /// timescale and duration, or (version 1) 64-bit times, a 32-bit timescale and a 64-bit duration.
    private func readMovieHeader(_ box: MP4Box, kind: MediaKind) throws(MediaInspectionError) -> MovieHeader {
        let bytes = try reader.bytes(at: box.contentOffset, count: Int(min(box.contentLength, 32)))
        let fields: (timescale: Int, duration: Int, width: Int)?
        switch bytes.byte(at: 0) {
        case 0: fields = (12, 16, 4)
        case 1: fields = (20, 24, 8)
        default: fields = nil
        }
        guard let fields, let timescale = bytes.bigEndian(at: fields.timescale, width: 4),
            let duration = bytes.bigEndian(at: fields.duration, width: fields.width)
        else {
            throw .malformed(
                kind: kind,
                detail: "its 'mvhd' box at byte \(MediaNumberText.grouped(box.offset)) has an unknown "
                    + "version or is too short", byteOffset: box.offset)
        }
        let unknown: UInt64 = fields.width == 4 ? 0xFFFF_FFFF : .max
        return MovieHeader(timescale: timescale, duration: duration == unknown ? nil : duration)
    }

    /// Reads `mehd`, the whole duration of a fragmented file: version and flags, then a 32- or 64-bit duration.
    private func readFragmentDuration(_ box: MP4Box) throws(MediaInspectionError) -> UInt64? {
        let bytes = try reader.bytes(at: box.contentOffset, count: Int(min(box.contentLength, 12)))
        switch bytes.byte(at: 0) {
        case 0: return bytes.bigEndian(at: 4, width: 4)
        case 1: return bytes.bigEndian(at: 4, width: 8)
        default: return nil
        }
    }

    /// The track's handler type (`soun`, `vide`, …) from `trak/mdia/hdlr`, and its first sample entry type
    /// (`mp4a`, `avc1`, …) from `trak/mdia/minf/stbl/stsd`.
    private func readTrack(
        _ track: MP4Box, walker: MP4BoxWalker
    ) throws(MediaInspectionError) -> (handler: String?, sampleEntry: String?) {
        guard let media = try walker.firstChild("mdia", of: track) else { return (nil, nil) }
        var handler: String?
        if let handlerBox = try walker.firstChild("hdlr", of: media) {
            // Version and flags (4 bytes), pre_defined (4 bytes), then handler_type.
            handler = try reader.bytes(at: handlerBox.contentOffset, count: Int(min(handlerBox.contentLength, 12)))
                .printableASCII(at: 8, length: 4)
        }
        guard let information = try walker.firstChild("minf", of: media),
            let sampleTable = try walker.firstChild("stbl", of: information),
            let descriptions = try walker.firstChild("stsd", of: sampleTable)
        else { return (handler, nil) }
        // Version and flags (4 bytes), entry_count (4 bytes), then the first entry's size and type.
        let bytes = try reader.bytes(at: descriptions.contentOffset, count: Int(min(descriptions.contentLength, 16)))
        guard let count = bytes.bigEndian(at: 4, width: 4), count > 0,
            let type = bytes.printableASCII(at: 12, length: 4)
        else { return (handler, nil) }
        let trimmed = type.trimmingSuffix(while: { $0 == " " })
        return (handler, trimmed.isEmpty ? nil : trimmed)
    }

    /// The duration in milliseconds: from `mvhd`, or for a fragmented file whose `mvhd` says 0, from `mehd`.
    private func durationMs(_ header: MovieHeader, fragmentDuration: UInt64?, isFragmented: Bool) -> Int? {
        if let duration = header.duration, duration > 0 || !isFragmented {
            return MediaDuration.milliseconds(units: duration, perSecond: header.timescale)
        }
        guard let fragmentDuration else { return nil }
        return MediaDuration.milliseconds(units: fragmentDuration, perSecond: header.timescale)
    }
}

extension String {
    /// The string without the characters at its end that satisfy `predicate`.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var text = self
        while let last = text.last, predicate(last) { text.removeLast() }
        return text
    }
}
