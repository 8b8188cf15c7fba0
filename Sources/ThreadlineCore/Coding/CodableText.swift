/// The text of a source as coders see it and as coding positions count it.
///
/// A story, case study or reflective log is coded as it reads: the plain text its Markdown renders to, laid out in
/// `blocks` (headings, paragraphs, lists), so a quote holds no Markdown punctuation. A document is coded in the
/// text taken from its file, with the file's headings and paragraphs as blocks. A transcript is coded as its cues'
/// texts joined by line breaks; each cue keeps its place in that text so a coded passage can tell which stretch of
/// the recording it covers.
public struct CodableText: Sendable, Hashable {
    /// The text.
    public let text: String
    /// Its Unicode scalars, which coding positions index.
    public let scalars: [Unicode.Scalar]
    /// For a transcript, the cues in order with the scalar range each occupies; empty otherwise.
    public let cueRanges: [CueRange]
    /// The text's blocks in order (one per cue for a transcript), for layout and for "in the same paragraph".
    public let blocks: [SourceBlock]
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

    /// Plain text laid out in `blocks`; with no blocks given, each non-empty line is a paragraph.
    public init(text: String, blocks: [SourceBlock]? = nil) {
        self.text = text
        scalars = Array(text.unicodeScalars)
        cueRanges = []
        self.blocks = blocks ?? Self.lineBlocks(scalars)
        (utf8, utf8Starts) = Self.index(text)
    }

    /// One paragraph per non-empty line of `scalars`.
    private static func lineBlocks(_ scalars: [Unicode.Scalar]) -> [SourceBlock] {
        var blocks: [SourceBlock] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            var end = index
            if end > start, scalars[end - 1] == "\r" { end -= 1 }
            if end > start { blocks.append(SourceBlock(kind: .paragraph, start: start, end: end)) }
            start = index + 1
        }
        return blocks
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
        // The text is joined as strings and its scalars taken once: building a String scalar by scalar was a tenth
        // of the time of a long transcript's coding page.
        var text = ""
        var ranges: [CueRange] = []
        ranges.reserveCapacity(cues.count)
        var position = 0
        for (index, cue) in cues.enumerated() {
            if index > 0 {
                text += "\n"
                position += 1
            }
            let length = cue.text.unicodeScalars.count
            ranges.append(CueRange(cue: cue, start: position, end: position + length))
            text += cue.text
            position += length
        }
        self.text = text
        scalars = Array(text.unicodeScalars)
        cueRanges = ranges
        blocks = ranges.map { SourceBlock(kind: .paragraph, start: $0.start, end: $0.end) }
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
