/// The format family a file's leading bytes announce, before its structure is checked.
enum MediaSignature {
    /// An ID3v2 tag or an MPEG audio Layer III frame header at the start.
    case mp3
    /// `RIFF`, a size, then `WAVE`.
    case wav
    /// The Ogg capture pattern `OggS`.
    case ogg
    /// An `ftyp` box at the start: MP4, M4A, QuickTime or 3GP.
    case isoMedia
    /// The EBML magic `1A 45 DF A3`: WebM, or Matroska which is refused later.
    case ebml

    /// The family `head`, the first bytes of a file, belongs to, or `nil` when it announces none of them.
    static func recognise(_ head: MediaBytes) -> MediaSignature? {
        if head.matches(ascii: "ID3", at: 0) { return .mp3 }
        if head.matches(ascii: "RIFF", at: 0), head.matches(ascii: "WAVE", at: 8) { return .wav }
        if head.matches(OggPage.capturePattern, at: 0) { return .ogg }
        if head.matches(ascii: "ftyp", at: 4) { return .isoMedia }
        if head.matches([0x1A, 0x45, 0xDF, 0xA3], at: 0) { return .ebml }
        // Checked last: a frame header is only 11 bits of sync and a few fields, the weakest signature here.
        if MPEGAudioFrameHeader(head, at: 0) != nil { return .mp3 }
        return nil
    }
}
