/// Synthetic MP3 files made of MPEG-1 Layer III frame headers and silence.
enum MP3Fixture {
    /// The header of an MPEG-1 Layer III frame at 128 kbit/s, 44.1 kHz, stereo, no CRC, no padding: sync and
    /// version/layer `FF FB`, bit rate index 9 and sample rate index 0 `90`, stereo `00`.
    static let header128k: [UInt8] = [0xFF, 0xFB, 0x90, 0x00]
    /// 144 × 128,000 / 44,100, rounded down.
    static let frameLength128k = 417

    /// An ID3v2.4 tag with `contentBytes` of content (a title frame, then zero padding) after its header, its
    /// size written as syncsafe.
    static func id3Tag(contentBytes: Int) -> [UInt8] {
        var writer = ByteWriter()
        writer.ascii("ID3")
        writer.raw([4, 0, 0])
        let size = UInt64(contentBytes)
        writer.raw([
            UInt8(size >> 21 & 0x7F), UInt8(size >> 14 & 0x7F), UInt8(size >> 7 & 0x7F), UInt8(size & 0x7F),
        ])
        // A frame id and some text, then padding, as a tagger leaves it.
        var content = ByteWriter()
        content.ascii("TIT2")
        content.bigEndian(10, width: 4)
        content.raw([0, 0, 3])
        content.ascii("Interview")
        content.zeros(contentBytes - content.bytes.count)
        writer.raw(content.bytes)
        return writer.bytes
    }

    /// One silent 128 kbit/s frame.
    static func plainFrame() -> [UInt8] {
        header128k + [UInt8](repeating: 0, count: frameLength128k - 4)
    }

    /// A 128 kbit/s frame holding a Xing tag (`Info` when `isInfo`) that counts `frames` frames.
    static func xingFrame(frames: UInt64, isInfo: Bool = false) -> [UInt8] {
        var writer = ByteWriter()
        writer.raw(header128k)
        writer.zeros(32)  // MPEG-1 stereo side information.
        writer.ascii(isInfo ? "Info" : "Xing")
        writer.bigEndian(0x3, width: 4)  // Frames and bytes fields present.
        writer.bigEndian(frames, width: 4)
        writer.bigEndian(frames * UInt64(frameLength128k), width: 4)
        writer.zeros(frameLength128k - writer.bytes.count)
        return writer.bytes
    }

    /// A 128 kbit/s frame holding a Xing tag with every field (frames, bytes, seek table, quality) and then a
    /// LAME extension giving the encoder `delay` and `padding` in samples.
    static func lameFrame(frames: UInt64, delay: UInt64, padding: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        writer.raw(header128k)
        writer.zeros(32)
        writer.ascii("Info")
        writer.bigEndian(0xF, width: 4)
        writer.bigEndian(frames, width: 4)
        writer.bigEndian(frames * UInt64(frameLength128k), width: 4)
        writer.raw((0..<100).map { UInt8($0 * 2) })  // Seek table.
        writer.bigEndian(57, width: 4)  // Quality.
        writer.ascii("LAME3.100")
        writer.zeros(12)  // Revision, low-pass, peak, replay gains, flags, bit rate.
        writer.bigEndian(delay << 12 | padding, width: 3)
        writer.zeros(frameLength128k - writer.bytes.count)
        return writer.bytes
    }

    /// A 128 kbit/s frame holding a VBRI tag that counts `frames` frames.
    static func vbriFrame(frames: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        writer.raw(header128k)
        writer.zeros(32)
        writer.ascii("VBRI")
        writer.bigEndian(1, width: 2)  // Version.
        writer.bigEndian(0, width: 2)  // Delay.
        writer.bigEndian(75, width: 2)  // Quality.
        writer.bigEndian(frames * UInt64(frameLength128k), width: 4)
        writer.bigEndian(frames, width: 4)
        writer.zeros(frameLength128k - writer.bytes.count)
        return writer.bytes
    }
}
