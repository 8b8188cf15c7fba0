import ThreadlineCore
import ThreadlineFormats

/// Turns a REFI-QDA transcript (one text with sync points tying positions to times) into Threadline's cues, and
/// maps the transcript's positions onto the text those cues make.
///
/// Sync points mark where cues start (and, in Threadline's own exports, where they end); the text between two of
/// them is a cue unless it is only white space (the line break between cues). The sync points Threadline adds at
/// the ends of coded passages (`passageEnds`) are not cue boundaries; other tools' selections point at the sync
/// points of their transcript's rows, which are.
public struct REFITranscriptReading {
    /// The cues, in order.
    public let cues: [TranscriptCue]
    /// Each cue's stretch of the REFI text and where it starts in Threadline's text.
    private let spans: [(refiStart: Int, length: Int, start: Int)]

    public init(_ transcript: QDATranscript, durationMs: Int?, passageEnds: Set<QDAGUID> = []) {
        let scalars = Array(transcript.plainText.unicodeScalars)
        var marks: [(position: Int, time: Int)] = []
        for point in transcript.syncPoints where !passageEnds.contains(point.guid) {
            guard let position = point.position, let time = point.timeStampMs, position <= scalars.count else {
                continue
            }
            marks.append((position, time))
        }
        marks.sort { ($0.position, $0.time) < ($1.position, $1.time) }
        if marks.first?.position != 0 { marks.insert((0, 0), at: 0) }
        let lastTime = max(durationMs ?? 0, (marks.map(\.time).max() ?? 0))
        var cues: [TranscriptCue] = []
        var spans: [(refiStart: Int, length: Int, start: Int)] = []
        var offset = 0
        for (index, mark) in marks.enumerated() {
            let end = index + 1 < marks.count ? marks[index + 1].position : scalars.count
            guard end > mark.position else { continue }
            var slice = Array(scalars[mark.position..<end])
            while let last = slice.last, last == "\n" || last == "\r" { slice.removeLast() }
            guard slice.contains(where: { !$0.properties.isWhitespace }) else { continue }
            let startMs = mark.time
            var endMs = index + 1 < marks.count ? marks[index + 1].time : lastTime
            if endMs <= startMs { endMs = startMs + 1 }
            if !cues.isEmpty { offset += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: slice)
            cues.append(TranscriptCue(startMs: startMs, endMs: endMs, text: String(text)))
            spans.append((mark.position, slice.count, offset))
            offset += slice.count
        }
        self.cues = cues
        self.spans = spans
    }

    /// Where a REFI position falls in Threadline's text: inside a cue it keeps its place; in the white space
    /// between cues it moves to the next cue's start (a passage's start) or the previous cue's end (its end).
    public func position(_ refi: Int, isEnd: Bool) -> Int? {
        guard !spans.isEmpty else { return nil }
        for (index, span) in spans.enumerated() {
            if refi < span.refiStart {
                if isEnd, index > 0 { return spans[index - 1].start + spans[index - 1].length }
                return span.start
            }
            if refi <= span.refiStart + span.length { return span.start + (refi - span.refiStart) }
        }
        let last = spans[spans.count - 1]
        return last.start + last.length
    }

    /// The passage of the cues a stretch of recording overlaps, for a media selection on a transcribed recording.
    public func positions(fromMs begin: Int, toMs end: Int) -> Range<Int>? {
        let touched = cues.indices.filter { cues[$0].endMs > begin && cues[$0].startMs < max(end, begin + 1) }
        guard let first = touched.first, let last = touched.last else { return nil }
        return spans[first].start..<(spans[last].start + spans[last].length)
    }
}
