public import ThreadlineCore

/// The transcript of each testimony, as an ordered list of cues that is always replaced whole.
///
/// A transcript is imported or edited as one document, so the store never holds half of one: `replace`
/// swaps every cue of a testimony in one transaction, together with the testimony's duration when the
/// transcript is what tells it.
public protocol TranscriptRepository: Sendable {
    /// The cues of a testimony in time order; empty when it has no transcript.
    func cues(of testimony: Testimony.ID) async throws -> [TranscriptCue]

    /// Replaces every cue of a testimony. When `durationFromTranscript` is true and the testimony has no
    /// duration from its recording or from a person, its duration becomes the end of the last cue.
    func replace(cues: [TranscriptCue], of testimony: Testimony.ID, durationFromTranscript: Bool) async throws

    /// Records a stored recording (idempotent: the same bytes are registered once) and attaches it to the
    /// testimony, with its duration when the file told it.
    func attachRecording(_ recording: StoredRecording, to testimony: Testimony.ID, fileName: String?) async throws

    /// The speaker labels an editor has marked safe to show under anonymised consent, in the order given.
    func safeSpeakerLabels(of testimony: Testimony.ID) async throws -> [String]

    /// Replaces the labels marked safe for a testimony (blank and repeated labels are dropped), with an audit event.
    func setSafeSpeakerLabels(_ labels: [String], of testimony: Testimony.ID) async throws

    /// Whether any testimony uses the recording with this SHA-256 (for serving and clean-up).
    func testimonies(usingRecording sha256: String) async throws -> [Testimony.ID]
}

/// A recording as the media store keeps it: content-addressed by SHA-256.
public struct StoredRecording: Hashable, Sendable {
    /// Lower-case hex SHA-256 of the file's bytes; also its file name.
    public var sha256: String
    /// The MIME type read from the bytes.
    public var mediaType: String
    /// Size in bytes.
    public var bytes: Int
    /// Length in milliseconds, when the format allowed reading it.
    public var durationMs: Int?

    /// Creates the description.
    public init(sha256: String, mediaType: String, bytes: Int, durationMs: Int?) {
        self.sha256 = sha256
        self.mediaType = mediaType
        self.bytes = bytes
        self.durationMs = durationMs
    }
}
