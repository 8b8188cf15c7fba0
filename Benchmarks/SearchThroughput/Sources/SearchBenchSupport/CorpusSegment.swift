/// One transcript segment of `segments.jsonl` as `gen_corpus.py` writes it (its `id` is not needed).
public struct CorpusSegment: Hashable, Sendable, Decodable {
    /// The testimony it belongs to, e.g. `testimony-00042`; consecutive segments share it.
    public var testimony: String
    /// Who speaks.
    public var speaker: String
    /// Where the segment starts, in milliseconds.
    public var startMs: Int
    /// Where it ends, in milliseconds.
    public var endMs: Int
    /// What was said.
    public var text: String

    /// Creates a segment.
    public init(testimony: String, speaker: String, startMs: Int, endMs: Int, text: String) {
        self.testimony = testimony
        self.speaker = speaker
        self.startMs = startMs
        self.endMs = endMs
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case testimony, speaker, text
        case startMs = "start_ms"
        case endMs = "end_ms"
    }
}
