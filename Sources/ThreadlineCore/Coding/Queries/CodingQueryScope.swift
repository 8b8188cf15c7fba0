/// What a coding query looks at: the sources with the length and segments of their texts, the codings in them,
/// and optionally which coders' codings count.
///
/// A source met only in `codings` (its text not given) is taken to end where its last coding ends and to have
/// no cues or paragraphs. Codings reaching outside their source's text are cut to it.
public struct CodingQueryScope: Sendable, Hashable {
    /// The length and segments of one source's text.
    public struct SourceText: Sendable, Hashable {
        /// Its length in Unicode scalars: NOT is taken within `0..<length`.
        public var length: Int
        /// For a transcript, the scalar range of each cue.
        public var cueRanges: [Range<Int>]
        /// The scalar range of each paragraph.
        public var paragraphRanges: [Range<Int>]

        /// Creates a text's outline.
        public init(length: Int, cueRanges: [Range<Int>] = [], paragraphRanges: [Range<Int>] = []) {
            self.length = max(length, 0)
            self.cueRanges = cueRanges
            self.paragraphRanges = paragraphRanges
        }

        /// The outline of a codable text: a transcript's cues are its cues and also its paragraphs (one line
        /// each); other text is divided into paragraphs by blank lines.
        public init(_ text: CodableText) {
            // A source's blocks (its headings, paragraphs and list items as it reads; a transcript's cues) are its
            // paragraphs; text with no layout is cut at blank lines.
            let cues = text.cueRanges.map { $0.start..<$0.end }
            let blocks = text.blocks.map(\.range)
            self.init(
                length: text.length, cueRanges: cues,
                paragraphRanges: !cues.isEmpty ? cues : !blocks.isEmpty ? blocks : Self.paragraphs(in: text.scalars))
        }

        /// The paragraphs of `scalars`: runs of lines that are not blank (only spaces, tabs or "\r"), each from
        /// its first line's first scalar to its last line's last scalar that is not white space.
        public static func paragraphs(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var paragraphs: [Range<Int>] = []
            var start: Int?
            var lastVisible = 0
            var lineStart = 0
            var lineHasText = false
            func endLine(at index: Int) {
                if lineHasText {
                    if start == nil { start = lineStart }
                } else if let first = start {
                    paragraphs.append(first..<lastVisible)
                    start = nil
                }
                lineStart = index + 1
                lineHasText = false
            }
            for (index, scalar) in scalars.enumerated() {
                if scalar == "\n" {
                    endLine(at: index)
                } else if !scalar.properties.isWhitespace {
                    lineHasText = true
                    lastVisible = index + 1
                }
            }
            endLine(at: scalars.count)
            if let first = start { paragraphs.append(first..<lastVisible) }
            return paragraphs
        }
    }

    /// The sources looked at, with their texts' outlines; sources of `codings` not listed here are looked at too.
    public var texts: [CodingSource: SourceText]
    /// The codings; only those of the query's codes matter.
    public var codings: [Coding]
    /// The coders whose codings count; `nil` counts everyone's.
    public var coders: Set<Coder.ID>?

    /// Creates a scope.
    public init(texts: [CodingSource: SourceText], codings: [Coding], coders: Set<Coder.ID>? = nil) {
        self.texts = texts
        self.codings = codings
        self.coders = coders
    }
}
