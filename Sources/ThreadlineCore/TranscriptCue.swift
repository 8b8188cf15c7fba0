/// One timed passage of a transcript: what was said between two moments of a recording, and by whom.
public struct TranscriptCue: Hashable, Sendable, Codable {
    /// Where the passage starts, in milliseconds from the start of the recording.
    public var startMs: Int
    /// Where it ends, in milliseconds; after `startMs`.
    public var endMs: Int
    /// Who is speaking, when the transcript says.
    public var speaker: String?
    /// What was said, as plain text; the lines of a multi-line cue are joined with "\n".
    public var text: String

    /// Creates a cue.
    public init(startMs: Int, endMs: Int, speaker: String? = nil, text: String) {
        self.startMs = startMs
        self.endMs = endMs
        self.speaker = speaker
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case startMs = "start_ms"
        case endMs = "end_ms"
        case speaker
        case text
    }
}

extension Array where Element == TranscriptCue {
    /// The text of the cues that overlap `startMs..<endMs`, in order, joined by spaces: a clip's quote.
    public func quote(fromMs startMs: Int, toMs endMs: Int) -> String {
        filter { $0.endMs > startMs && $0.startMs < endMs }.map(\.text)
            .joined(separator: " ").split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
