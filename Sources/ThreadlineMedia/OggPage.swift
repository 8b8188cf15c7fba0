/// The header of one Ogg page (RFC 3533 §6): `OggS`, stream structure version 0, a header-type byte, a 64-bit
/// little-endian granule position, 32-bit serial number, sequence number and CRC, a segment count, then that
/// many lacing values whose sum is the length of the page body.
struct OggPage {
    /// The page's header-type flag for the first page of a logical stream.
    static let beginningOfStream: UInt8 = 0x02
    /// The granule position of a page on which no packet ends.
    static let noGranulePosition: UInt64 = .max
    /// The capture pattern that starts every page.
    static let capturePattern = Array("OggS".utf8)
    /// The longest page possible: a 27-byte fixed header, 255 lacing values and 255 × 255 bytes of body.
    static let maximumLength = 27 + 255 + 255 * 255

    /// The header-type flags.
    let headerType: UInt8
    /// The granule position: for audio codecs, the count of samples decoded by the end of the page.
    let granulePosition: UInt64
    /// The logical stream this page belongs to.
    let serialNumber: UInt64
    /// The lacing values.
    let lacingValues: [UInt8]
    /// Where in `bytes` the page started when it was read.
    let index: Int

    /// The header length: 27 fixed bytes and the lacing values.
    var headerLength: Int { 27 + lacingValues.count }
    /// The body length: the sum of the lacing values.
    var bodyLength: Int { lacingValues.reduce(0) { $0 + Int($1) } }
    /// The whole page's length.
    var length: Int { headerLength + bodyLength }

    /// The length of the first packet on the page: lacing values up to and including the first below 255.
    var firstPacketLength: Int {
        var length = 0
        for value in lacingValues {
            length += Int(value)
            if value < 255 { break }
        }
        return length
    }

    /// Reads the page header at `index`, or returns `nil` when the bytes there are not a version 0 header or the
    /// header does not fit in `bytes` (the body is not required to).
    init?(_ bytes: MediaBytes, at index: Int) {
        guard bytes.matches(Self.capturePattern, at: index), bytes.byte(at: index + 4) == 0,
            let headerType = bytes.byte(at: index + 5),
            let granulePosition = bytes.littleEndian(at: index + 6, width: 8),
            let serialNumber = bytes.littleEndian(at: index + 14, width: 4),
            let segmentCount = bytes.byte(at: index + 26),
            let lacing = bytes.slice(at: index + 27, length: Int(segmentCount))
        else { return nil }
        // Only the three lowest flag bits are defined; others mean a chance "OggS" in the middle of data.
        guard headerType & 0xF8 == 0 else { return nil }
        self.headerType = headerType
        self.granulePosition = granulePosition
        self.serialNumber = serialNumber
        self.lacingValues = lacing.storage
        self.index = index
    }
}
