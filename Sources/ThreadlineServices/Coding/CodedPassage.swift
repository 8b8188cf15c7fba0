import ThreadlineCore

/// A passage found by a query or coded with a code, with everything an export or a page shows beside it: its
/// source, place and enabler, who coded it with what, the stretch of recording, and the memos.
public struct CodedPassage: Sendable, Hashable {
    /// The source.
    public var source: CodingSource
    /// The source's title.
    public var sourceTitle: String
    /// The source's place, if it has one.
    public var place: String?
    /// The source's enabler, if it has one.
    public var enabler: String?
    /// The passage's first scalar.
    public var start: Int
    /// The scalar after its last.
    public var end: Int
    /// For a transcript: the stretch of recording its cues cover, in milliseconds.
    public var startMs: Int?
    /// See `startMs`.
    public var endMs: Int?
    /// Its words as the source reads now (or as coded, when the source no longer holds them).
    public var text: String
    /// The codes applied to it (by path), for a query's passages those of the codings it was made of.
    public var codes: [String]
    /// Who coded it.
    public var coders: [String]
    /// The memos on its codings.
    public var memos: [String]
    /// The coding page, opened at the passage.
    public var url: String

    /// Creates a passage.
    public init(
        source: CodingSource, sourceTitle: String, place: String?, enabler: String?, start: Int, end: Int,
        startMs: Int?, endMs: Int?, text: String, codes: [String], coders: [String], memos: [String], url: String
    ) {
        self.source = source
        self.sourceTitle = sourceTitle
        self.place = place
        self.enabler = enabler
        self.start = start
        self.end = end
        self.startMs = startMs
        self.endMs = endMs
        self.text = text
        self.codes = codes
        self.coders = coders
        self.memos = memos
        self.url = url
    }

    /// The stretch of recording as a reader writes it ("1:05–1:32"), for a transcript; with tenths of a second
    /// ("1:05.2–1:32.0") for a stretch coded by time.
    public var timeText: String? {
        guard let startMs, let endMs else { return nil }
        guard isTimeOnly else { return "\(TimeSpanText.clock(startMs))–\(TimeSpanText.clock(endMs))" }
        return "\(TimeSpanText.preciseClock(startMs))–\(TimeSpanText.preciseClock(endMs))"
    }

    /// Whether it is a stretch of a recording coded by time, with no words (see `Coding.isTimeOnly`).
    public var isTimeOnly: Bool { start == end && startMs != nil && endMs != nil }
}
