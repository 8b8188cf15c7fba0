import ThreadlineCore

/// Cuts a source's text into the pieces the coding page shows: a new piece wherever a visible coding starts or
/// ends, where the focused passage starts or ends, and at every carriage return.
///
/// Each piece carries the Unicode scalar offset of its first character (`data-o`), which is how the page's script
/// turns a selection back into positions. Carriage returns are left out of the pieces because an HTML parser
/// turns "\r\n" into "\n", which would shift every position after it; the next piece's offset still counts them.
public struct CodedTextPieces {
    /// One run of text with the same codings.
    public struct Piece {
        public var offset: Int
        public var text: String
        public var isMarked: Bool
        public var classes: String
        public var label: String
        public var isFocus: Bool
        public var isFocusStart: Bool
    }

    public let pieces: [Piece]

    public init(
        text: CodableText, codings: [Coding], codeNames: [Code.ID: String], coderClasses: [Coder.ID: String],
        focus: Range<Int>? = nil
    ) {
        var cuts: Set<Int> = [0, text.length]
        for coding in codings {
            cuts.insert(max(0, min(coding.start, text.length)))
            cuts.insert(max(0, min(coding.end, text.length)))
        }
        if let focus {
            cuts.insert(max(0, min(focus.lowerBound, text.length)))
            cuts.insert(max(0, min(focus.upperBound, text.length)))
        }
        for (index, scalar) in text.scalars.enumerated() where scalar == "\r" {
            cuts.insert(index)
            cuts.insert(index + 1)
        }
        let bounds = cuts.sorted()
        // Codings sorted by start let each piece find its covering codings without scanning all of them.
        let sorted = codings.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var active: [Coding] = []
        var next = 0
        var pieces: [Piece] = []
        var focusStarted = false
        for (lower, upper) in zip(bounds, bounds.dropFirst()) where lower < upper {
            while next < sorted.count, sorted[next].start <= lower {
                active.append(sorted[next])
                next += 1
            }
            active.removeAll { $0.end <= lower }
            let covering = active.filter { $0.start <= lower && upper <= $0.end }
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.scalars[lower..<upper].filter { $0 != "\r" })
            let isFocus = focus.map { $0.lowerBound <= lower && upper <= $0.upperBound } ?? false
            let codeIDs = Array(Set(covering.map(\.codeID))).sorted()
            let coderIDs = Array(Set(covering.map(\.coderID))).sorted()
            var classes = codeIDs.first.map { ["coded", "code-\($0)"] } ?? []
            if coderIDs.count > 1 {
                classes.append("coders-several")
            } else if let coder = coderIDs.first, let coderClass = coderClasses[coder] {
                classes.append(coderClass)
            }
            if isFocus { classes.append("passage-focus") }
            let names = codeIDs.compactMap { codeNames[$0] }
            pieces.append(
                Piece(
                    offset: lower, text: String(scalars), isMarked: !covering.isEmpty || isFocus,
                    classes: classes.joined(separator: " "),
                    label: names.isEmpty ? "" : "Coded: " + names.joined(separator: ", "),
                    isFocus: isFocus, isFocusStart: isFocus && !focusStarted))
            if isFocus { focusStarted = true }
        }
        self.pieces = pieces
    }
}
