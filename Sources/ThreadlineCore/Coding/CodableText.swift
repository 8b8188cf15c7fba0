/// The text of a source as coders see it and as coding positions count it.
///
/// A story or case study is coded in its body as written (Markdown source, shown as plain text, so positions
/// never depend on how the page is rendered). A transcript is coded as its cues' texts joined by line breaks;
/// each cue keeps its place in that text so a coded passage can tell which stretch of the recording it covers.
public struct CodableText: Sendable, Hashable {
    /// The text.
    public let text: String
    /// Its Unicode scalars, which coding positions index.
    public let scalars: [Unicode.Scalar]
    /// For a transcript, the cues in order with the scalar range each occupies; empty otherwise.
    public let cueRanges: [CueRange]
    /// The text's UTF-8 bytes, and where each scalar starts among them (one more entry for the end), so that an
    /// excerpt is a copy of bytes rather than a scalar-by-scalar rebuild: imports take thousands of excerpts.
    private let utf8: [UInt8]
    private let utf8Starts: [Int32]

    /// Where one cue sits in a transcript's text.
    public struct CueRange: Sendable, Hashable {
        /// The cue.
        public var cue: TranscriptCue
        /// Its first scalar.
        public var start: Int
        /// The scalar after its last.
        public var end: Int
    }

    /// The text of a story, case study or other item coded in one body of text.
    public init(body: String) {
        text = body
        scalars = Array(body.unicodeScalars)
        cueRanges = []
        (utf8, utf8Starts) = Self.index(body)
    }

    private static func index(_ text: String) -> ([UInt8], [Int32]) {
        var starts: [Int32] = []
        starts.reserveCapacity(text.unicodeScalars.count + 1)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            starts.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        starts.append(offset)
        return (Array(text.utf8), starts)
    }

    /// The text of a transcript: one line per cue.
    public init(cues: [TranscriptCue]) {
        var scalars: [Unicode.Scalar] = []
        var ranges: [CueRange] = []
        for (index, cue) in cues.enumerated() {
            if index > 0 { scalars.append("\n") }
            let start = scalars.count
            scalars.append(contentsOf: cue.text.unicodeScalars)
            ranges.append(CueRange(cue: cue, start: start, end: scalars.count))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        text = String(view)
        self.scalars = scalars
        cueRanges = ranges
        (utf8, utf8Starts) = Self.index(text)
    }

    /// Its length in Unicode scalars.
    public var length: Int { scalars.count }

    /// The text between two positions, or `nil` when they are not a passage of this text.
    public func excerpt(start: Int, end: Int) -> String? {
        guard 0 <= start, start < end, end <= scalars.count else { return nil }
        return String(decoding: utf8[Int(utf8Starts[start])..<Int(utf8Starts[end])], as: UTF8.self)
    }

    /// Why `start..<end` cannot be coded, or `nil` when it can.
    public func problem(start: Int, end: Int) -> FieldProblem? {
        if start < 0 {
            return FieldProblem(field: "start", message: "The passage cannot start before the text (\(start)).")
        }
        if end <= start {
            return FieldProblem(field: "end", message: "The passage must end after it starts (\(start)–\(end)).")
        }
        if end > scalars.count {
            return FieldProblem(
                field: "end", message: "The passage ends at \(end), after the text's \(scalars.count) characters.")
        }
        return nil
    }

    /// For a transcript, the stretch of recording covered by the cues a passage touches:
    /// from the start of the first to the end of the last; `nil` for untimed text or when no cue is touched.
    public func timeRange(start: Int, end: Int) -> (startMs: Int, endMs: Int)? {
        let touched = cueRanges.filter { $0.start < end && start < max($0.end, $0.start + 1) }
        guard let first = touched.first, let last = touched.last else { return nil }
        return (first.cue.startMs, max(first.cue.startMs, last.cue.endMs))
    }

    /// The index of the cue that contains position `offset` (or the line break just after it).
    public func cueIndex(at offset: Int) -> Int? {
        cueRanges.firstIndex { $0.start <= offset && offset <= $0.end }
    }
}
