/// What ``MediaInspector`` learnt about a stored recording from its bytes.
public struct MediaInfo: Sendable, Hashable, Codable {
    /// The container format, decided from the file's bytes.
    public var kind: MediaKind
    /// The playing time in whole milliseconds (rounded down), or `nil` when the file does not state it in a
    /// place that can be read without decoding the whole file: a WebM recorded by a browser, or a fragmented
    /// MP4 without an `mehd` box, for instance. An MP3 without a Xing, Info or VBRI tag gets an estimate from its
    /// bit rate, exact only for a constant bit rate.
    public var durationMs: Int?
    /// The codec or codecs when the container names them: `mp3`; `opus` or `vorbis` in Ogg; `pcm`, `float`,
    /// `alaw` or `mulaw` in WAV; the sound and picture tracks' sample entry codes as written, such as
    /// `avc1,mp4a`, in MP4 and M4A; the codec names such as `vp9,opus` in WebM. Several are comma-separated.
    public var codec: String?
    /// The size of the file in bytes.
    public var byteCount: Int64

    /// Creates a description of a recording.
    public init(kind: MediaKind, durationMs: Int?, codec: String?, byteCount: Int64) {
        self.kind = kind
        self.durationMs = durationMs
        self.codec = codec
        self.byteCount = byteCount
    }

    /// The `codecs` parameter of the media type (RFC 6381), when the codec names are the ones that parameter
    /// uses: only Ogg and WebM name their codecs that simply; MP4 needs profile details this inspection skips.
    public var codecs: String? {
        switch kind {
        case .ogg, .webm: codec
        case .mp3, .m4a, .wav, .mp4: nil
        }
    }

    /// The media type to serve the file with, with a `codecs` parameter when ``codecs`` is known, such as
    /// `audio/ogg; codecs=opus` or `video/webm; codecs="vp9,opus"`.
    public var contentType: String {
        guard let codecs else { return kind.mimeType }
        // RFC 6381 §3.2: a list of codecs is a comma-separated quoted string; a single token needs no quotes.
        return codecs.contains(",") ? "\(kind.mimeType); codecs=\"\(codecs)\"" : "\(kind.mimeType); codecs=\(codecs)"
    }
}
