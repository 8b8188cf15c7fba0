/// Synthetic EBML elements and WebM files.
enum WebMFixture {
    /// An element with a minimal-length size.
    static func element(_ id: UInt32, _ children: [UInt8]...) -> [UInt8] {
        let content = children.flatMap { $0 }
        return idBytes(id) + size(UInt64(content.count)) + content
    }

    /// An element of unknown size (all size bits set in one byte, `0xFF`).
    static func unknownSizeElement(_ id: UInt32, _ children: [UInt8]...) -> [UInt8] {
        idBytes(id) + [0xFF] + children.flatMap { $0 }
    }

    /// An element ID's bytes: its big-endian value without leading zero bytes.
    static func idBytes(_ id: UInt32) -> [UInt8] {
        var writer = ByteWriter()
        writer.bigEndian(UInt64(id), width: 4)
        return Array(writer.bytes.drop { $0 == 0 })
    }

    /// A data size as an EBML variable-length integer of the fewest bytes (never the all-ones "unknown" value).
    static func size(_ value: UInt64) -> [UInt8] {
        var length = 1
        while value >= (1 << (7 * length)) - 1 { length += 1 }
        var writer = ByteWriter()
        writer.bigEndian(value | 1 << (7 * length), width: length)
        return writer.bytes
    }

    /// An unsigned integer element.
    static func unsigned(_ id: UInt32, _ value: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        writer.bigEndian(value, width: 8)
        let trimmed = Array(writer.bytes.drop { $0 == 0 })
        return element(id, trimmed.isEmpty ? [0] : trimmed)
    }

    /// A string element.
    static func string(_ id: UInt32, _ value: String) -> [UInt8] {
        element(id, Array(value.utf8))
    }

    /// An 8-byte float element.
    static func float64(_ id: UInt32, _ value: Double) -> [UInt8] {
        var writer = ByteWriter()
        writer.bigEndian(value.bitPattern, width: 8)
        return element(id, writer.bytes)
    }

    /// A 4-byte float element.
    static func float32(_ id: UInt32, _ value: Float) -> [UInt8] {
        var writer = ByteWriter()
        writer.bigEndian(UInt64(value.bitPattern), width: 4)
        return element(id, writer.bytes)
    }

    /// An EBML header naming `docType`.
    static func header(docType: String) -> [UInt8] {
        element(
            0x1A45_DFA3,
            unsigned(0x4286, 1), unsigned(0x42F7, 1), unsigned(0x42F2, 4), unsigned(0x42F3, 8),
            string(0x4282, docType), unsigned(0x4287, 4), unsigned(0x4285, 2))
    }

    /// An Info element with an optional TimecodeScale and Duration.
    static func info(timecodeScale: UInt64? = nil, duration: [UInt8]? = nil) -> [UInt8] {
        element(
            0x1549_A966, timecodeScale.map { unsigned(0x2AD7B1, $0) } ?? [], string(0x4D80, "threadline-tests"),
            duration ?? [])
    }

    /// A Tracks element with one TrackEntry per codec ID.
    static func tracks(_ codecIDs: [String]) -> [UInt8] {
        let entries = codecIDs.enumerated().map { index, codecID in
            element(0xAE, unsigned(0xD7, UInt64(index + 1)), string(0x86, codecID))
        }
        return element(0x1654_AE6B, entries.flatMap { $0 })
    }

    /// A Cluster with a Timecode and one SimpleBlock of `count` bytes.
    static func cluster(blockBytes count: Int) -> [UInt8] {
        element(0x1F43_B675, unsigned(0xE7, 0), element(0xA3, [UInt8](repeating: 0x81, count: count)))
    }

    /// Segment ID.
    static let segment: UInt32 = 0x1853_8067
}
