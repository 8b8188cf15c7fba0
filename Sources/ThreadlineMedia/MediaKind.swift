/// The container formats Threadline accepts for recorded testimony.
///
/// A kind is always decided from a file's bytes by ``MediaInspector``; a client's file name or `Content-Type`
/// is only a claim, compared with the real kind by
/// ``MediaInspector/mismatch(claimedFileName:claimedMimeType:actual:)``.
public enum MediaKind: String, Sendable, Codable, CaseIterable {
    /// MPEG-1/2/2.5 Layer III audio, optionally behind an ID3v2 tag.
    case mp3
    /// An ISO base media (MP4) file that holds sound and no picture, usually AAC.
    case m4a
    /// A RIFF WAVE file, usually uncompressed PCM.
    case wav
    /// An Ogg file whose first logical stream is Opus or Vorbis audio.
    case ogg
    /// An ISO base media (MP4, QuickTime or 3GP) file with a picture track.
    case mp4
    /// A WebM file: the WebM profile of Matroska.
    case webm

    /// The media type to serve the file with.
    ///
    /// Ogg files are served as `audio/ogg` whatever their codec; ``MediaInfo/contentType`` adds the codec as a
    /// `codecs` parameter when it is known.
    public var mimeType: String {
        switch self {
        case .mp3: "audio/mpeg"
        case .m4a: "audio/mp4"
        case .wav: "audio/wav"
        case .ogg: "audio/ogg"
        case .mp4: "video/mp4"
        case .webm: "video/webm"
        }
    }

    /// Whether the format is served as video, so that the site plays it in a `<video>` element.
    public var isVideo: Bool {
        switch self {
        case .mp4, .webm: true
        case .mp3, .m4a, .wav, .ogg: false
        }
    }

    /// The file name extension, without the dot, to store and download the file under.
    public var fileExtension: String {
        rawValue
    }

    /// The format's name as people write it in a sentence, such as "WAV" or "WebM".
    public var displayName: String {
        switch self {
        case .mp3: "MP3"
        case .m4a: "M4A"
        case .wav: "WAV"
        case .ogg: "Ogg"
        case .mp4: "MP4"
        case .webm: "WebM"
        }
    }

    /// Whether a file of one kind may honestly be labelled as the other.
    ///
    /// M4A and MP4 are the same container: an `.mp4` holding only sound, or an `.m4a` holding a picture, is a
    /// naming habit rather than a wrong label, so neither is reported as a mismatch.
    func isSameContainer(as other: MediaKind) -> Bool {
        switch (self, other) {
        case (.m4a, .mp4), (.mp4, .m4a): true
        default: self == other
        }
    }
}
