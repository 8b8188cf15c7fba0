/// Synthetic ISO base media boxes.
enum MP4Fixture {
    /// A box with a 32-bit size.
    static func box(_ type: String, _ children: [UInt8]...) -> [UInt8] {
        let content = children.flatMap { $0 }
        var writer = ByteWriter()
        writer.bigEndian(UInt64(8 + content.count), width: 4)
        writer.ascii(type)
        writer.raw(content)
        return writer.bytes
    }

    /// A full box: a box whose content starts with a version byte and three flag bytes.
    static func fullBox(_ type: String, version: UInt8, _ content: [UInt8]) -> [UInt8] {
        box(type, [version, 0, 0, 0] + content)
    }

    /// An `ftyp` box with `major` brand and `compatible` brands.
    static func fileType(_ major: String, compatible: [String] = ["isom"]) -> [UInt8] {
        var writer = ByteWriter()
        writer.ascii(major)
        writer.bigEndian(0x200, width: 4)
        for brand in compatible { writer.ascii(brand) }
        return box("ftyp", writer.bytes)
    }

    /// An `mvhd` box of `version` 0 or 1 with the given timescale and duration, and the fixed fields after them
    /// (rate, volume, reserved, matrix, pre_defined, next_track_ID) zeroed.
    static func movieHeader(version: UInt8, timescale: UInt64, duration: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        let width = version == 1 ? 8 : 4
        writer.bigEndian(0, width: width)  // Creation time.
        writer.bigEndian(0, width: width)  // Modification time.
        writer.bigEndian(timescale, width: 4)
        writer.bigEndian(duration, width: width)
        writer.zeros(80)
        return fullBox("mvhd", version: version, writer.bytes)
    }

    /// A `trak` with an `hdlr` of `handler` and, inside `minf/stbl/stsd`, one sample entry of `sampleEntry`.
    static func track(handler: String, sampleEntry: String) -> [UInt8] {
        var handlerContent = ByteWriter()
        handlerContent.zeros(4)  // pre_defined
        handlerContent.ascii(handler)
        handlerContent.zeros(12)  // reserved
        handlerContent.ascii("Handler\0")
        var descriptions = ByteWriter()
        descriptions.bigEndian(1, width: 4)  // entry_count
        descriptions.raw(box(sampleEntry, [UInt8](repeating: 0, count: 28)))
        return box(
            "trak",
            box("tkhd", [UInt8](repeating: 0, count: 84)),
            box(
                "mdia",
                fullBox("mdhd", version: 0, [UInt8](repeating: 0, count: 20)),
                fullBox("hdlr", version: 0, handlerContent.bytes),
                box("minf", box("stbl", fullBox("stsd", version: 0, descriptions.bytes)))
            )
        )
    }

    /// A sound track carrying AAC.
    static let soundTrack = track(handler: "soun", sampleEntry: "mp4a")
    /// A picture track carrying H.264.
    static let videoTrack = track(handler: "vide", sampleEntry: "avc1")

    /// A small `mdat` of zeros.
    static func mediaData(_ count: Int) -> [UInt8] {
        box("mdat", [UInt8](repeating: 0, count: count))
    }
}
