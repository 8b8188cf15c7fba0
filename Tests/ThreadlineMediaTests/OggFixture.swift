/// Synthetic Ogg pages and codec headers. Page CRCs are left as zero: the inspector does not check them.
enum OggFixture {
    /// A page holding `packets` whole, with the given header type flags and granule position.
    static func page(
        headerType: UInt8 = 0, granule: UInt64, serial: UInt64 = 0x5EED, sequence: UInt64, packets: [[UInt8]]
    ) -> [UInt8] {
        var lacing: [UInt8] = []
        for packet in packets {
            // A packet is 255-byte segments and a final shorter one (zero when the length is a multiple of 255).
            lacing += [UInt8](repeating: 255, count: packet.count / 255) + [UInt8(packet.count % 255)]
        }
        var writer = ByteWriter()
        writer.ascii("OggS")
        writer.raw([0, headerType])
        writer.littleEndian(granule, width: 8)
        writer.littleEndian(serial, width: 4)
        writer.littleEndian(sequence, width: 4)
        writer.zeros(4)  // CRC, not checked.
        writer.raw([UInt8(lacing.count)])
        writer.raw(lacing)
        for packet in packets { writer.raw(packet) }
        return writer.bytes
    }

    /// An OpusHead packet (RFC 7845 §5.1) for mono 48 kHz input with `preSkip`.
    static func opusHead(preSkip: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        writer.ascii("OpusHead")
        writer.raw([1, 1])  // Version, channel count.
        writer.littleEndian(preSkip, width: 2)
        writer.littleEndian(48_000, width: 4)
        writer.littleEndian(0, width: 2)  // Output gain.
        writer.raw([0])  // Channel mapping family.
        return writer.bytes
    }

    /// An OpusTags packet with a vendor string and no comments.
    static func opusTags() -> [UInt8] {
        var writer = ByteWriter()
        writer.ascii("OpusTags")
        writer.littleEndian(9, width: 4)
        writer.ascii("threadlin")
        writer.littleEndian(0, width: 4)
        return writer.bytes
    }

    /// A Vorbis identification header (Vorbis I §4.2.2) for stereo at `sampleRate`.
    static func vorbisIdentification(sampleRate: UInt64) -> [UInt8] {
        var writer = ByteWriter()
        writer.raw([1])
        writer.ascii("vorbis")
        writer.littleEndian(0, width: 4)  // Version.
        writer.raw([2])  // Channels.
        writer.littleEndian(sampleRate, width: 4)
        writer.littleEndian(0, width: 4)  // Maximum bit rate.
        writer.littleEndian(128_000, width: 4)  // Nominal bit rate.
        writer.littleEndian(0, width: 4)  // Minimum bit rate.
        writer.raw([0xB8, 1])  // Block sizes 256 and 2048; framing bit.
        return writer.bytes
    }

    /// A whole Opus file: head and tags pages, audio pages, and a last page at `lastGranule`.
    static func opusFile(preSkip: UInt64, lastGranule: UInt64, audioPacketLength: Int = 600) -> [UInt8] {
        let audio = [UInt8](repeating: 0x4F, count: audioPacketLength)
        return page(headerType: 0x02, granule: 0, sequence: 0, packets: [opusHead(preSkip: preSkip)])
            + page(granule: 0, sequence: 1, packets: [opusTags()])
            + page(granule: 48_000, sequence: 2, packets: [audio, audio])
            + page(headerType: 0x04, granule: lastGranule, sequence: 3, packets: [audio])
    }
}
