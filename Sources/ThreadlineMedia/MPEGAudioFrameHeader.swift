/// The 4-byte header of an MPEG audio Layer III frame (ISO/IEC 11172-3 §2.4.2.3, extended to MPEG-2 and the
/// unofficial MPEG-2.5 low sample rates).
///
/// Only Layer III is accepted: Layers I and II are not MP3, and a header whose fields hold reserved or "free
/// format" values is treated as no header, because a chance pattern of bytes is far likelier than such a file.
struct MPEGAudioFrameHeader: Equatable {
    /// The MPEG audio version, which fixes the sample rates and the samples in a frame.
    enum Version: Equatable {
        case mpeg1, mpeg2, mpeg25
    }

    /// The audio version.
    let version: Version
    /// The bit rate in bits per second.
    let bitRate: Int
    /// The sample rate in hertz.
    let sampleRate: Int
    /// Whether the frame carries one padding byte.
    let isPadded: Bool
    /// Whether the channel mode is single channel.
    let isMono: Bool

    /// Layer III bit rates in kbit/s by index (index 0 is free format, 15 is forbidden), ISO/IEC 11172-3
    /// Table 2.4.2.3 and ISO/IEC 13818-3 Table 2.4.2.3.
    private static let mpeg1BitRates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320]
    private static let mpeg2BitRates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160]

    /// Reads a header from the four bytes at `index`, or returns `nil` when they are not a valid Layer III header.
    init?(_ bytes: MediaBytes, at index: Int) {
        guard let word = bytes.bigEndian(at: index, width: 4) else { return nil }
        // Layout AAAAAAAA AAABBCCD EEEEFFGH IIJJKLMM: A sync, B version, C layer, E bit rate, F sample rate,
        // G padding, I channel mode, M emphasis.
        guard word >> 21 == 0x7FF else { return nil }
        let versionBits = (word >> 19) & 0b11
        let layerBits = (word >> 17) & 0b11
        let bitRateIndex = Int((word >> 12) & 0b1111)
        let sampleRateIndex = Int((word >> 10) & 0b11)
        let emphasis = word & 0b11
        guard layerBits == 0b01, bitRateIndex != 0, bitRateIndex != 15, sampleRateIndex != 3, emphasis != 0b10 else {
            return nil
        }
        let rates: [Int]
        switch versionBits {
        case 0b11:
            version = .mpeg1
            rates = [44_100, 48_000, 32_000]
        case 0b10:
            version = .mpeg2
            rates = [22_050, 24_000, 16_000]
        case 0b00:
            version = .mpeg25
            rates = [11_025, 12_000, 8_000]
        default:
            return nil
        }
        let kilobits = version == .mpeg1 ? Self.mpeg1BitRates[bitRateIndex] : Self.mpeg2BitRates[bitRateIndex]
        bitRate = kilobits * 1000
        sampleRate = rates[sampleRateIndex]
        isPadded = (word >> 9) & 1 == 1
        isMono = (word >> 6) & 0b11 == 0b11
    }

    /// The PCM samples one frame decodes to, per channel.
    var samplesPerFrame: Int {
        version == .mpeg1 ? 1152 : 576
    }

    /// The length of the whole frame in bytes, header included.
    var frameLength: Int {
        // samples per frame / 8 bits per byte × bit rate / sample rate, plus the padding byte.
        samplesPerFrame / 8 * bitRate / sampleRate + (isPadded ? 1 : 0)
    }

    /// Where the Xing or Info tag would start, counted from the start of the frame: after the header and the
    /// side information, whose length depends on the version and the channel count.
    var xingTagIndex: Int {
        switch (version, isMono) {
        case (.mpeg1, false): 4 + 32
        case (.mpeg1, true): 4 + 17
        case (_, false): 4 + 17
        case (_, true): 4 + 9
        }
    }

    /// Whether `other` could be the next frame of the same stream.
    func belongsToSameStream(as other: MPEGAudioFrameHeader) -> Bool {
        version == other.version && sampleRate == other.sampleRate
    }
}
