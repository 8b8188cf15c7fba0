import ThreadlineCore

/// The state of one SBV parse.
struct SBVReader {
    private let source: TranscriptSource
    private var problems = TranscriptProblemCollector()
    private var cueList = TranscriptCueList(fractionSeparator: ".")
    private var attemptedCueCount = 0
    private var lineIndex = 0

    /// The timing line an SBV block starts with, quoted in problems.
    static let example = "0:00:01.000,0:00:04.000"

    init(source: TranscriptSource) {
        self.source = source
    }

    /// Whether `range` of `bytes` is an SBV timing line, `h:mm:ss.ttt,h:mm:ss.ttt` with nothing but spaces or tabs
    /// after it; format detection asks this of a file's first line.
    static func isTimingLine(_ bytes: [UInt8], range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        return if case .success = scanTiming(bytes, at: &cursor, end: range.upperBound) { true } else { false }
    }

    mutating func read() throws(TranscriptParseError) -> TranscriptReading {
        for problem in source.encodingProblems {
            problems.add(line: problem.line, problem.message)
        }
        while lineIndex < source.lineCount, !problems.isFull {
            if source.isBlank(lineIndex) {
                lineIndex += 1
            } else {
                readBlock()
            }
        }
        try problems.throwIfAny()
        return cueList.reading(attemptedCueCount: attemptedCueCount)
    }

    /// Reads one block starting at a non-blank line, and leaves `lineIndex` after it.
    private mutating func readBlock() {
        attemptedCueCount += 1
        let timingIndex = lineIndex
        let range = source.lines[timingIndex]
        var cursor = TranscriptBytes.skipSpacesAndTabs(in: source.bytes, from: range.lowerBound, upTo: range.upperBound)
        let timing = Self.scanTiming(source.bytes, at: &cursor, end: range.upperBound)
        lineIndex += 1
        let textStart = lineIndex
        while lineIndex < source.lineCount, !source.isBlank(lineIndex) {
            lineIndex += 1
        }
        switch timing {
        case .failure(let failure):
            problems.add(line: source.lineNumber(timingIndex), failure.reason)
        case .success(let times):
            let content = cueContent(textStart..<lineIndex)
            let cue = TranscriptCue(
                startMs: times.startMs, endMs: times.endMs, speaker: content.speaker, text: content.text)
            cueList.add(cue, line: source.lineNumber(timingIndex), problems: &problems)
        }
    }

    /// Reads `start,end` at `index`, then allows only spaces and tabs to the end of the line.
    private static func scanTiming(
        _ bytes: [UInt8],
        at index: inout Int,
        end: Int
    ) -> Result<(startMs: Int, endMs: Int), TranscriptTimestamp.Failure> {
        guard index < end, TranscriptBytes.isDigit(bytes[index]) else {
            return .failure(
                TranscriptTimestamp.Failure(reason: "expected a timing line such as '\(example)' to start the cue"))
        }
        let start: Int
        switch TranscriptTimestamp.scan(bytes, at: &index, end: end, style: .sbv) {
        case .success(let value): start = value
        case .failure(let failure):
            return .failure(TranscriptTimestamp.Failure(reason: "cannot read the start time: \(failure.reason)"))
        }
        guard index < end, bytes[index] == TranscriptBytes.comma else {
            return .failure(
                TranscriptTimestamp.Failure(
                    reason: "expected ',' right after the start time (timing lines look like '\(example)')"))
        }
        index += 1
        let endMs: Int
        switch TranscriptTimestamp.scan(bytes, at: &index, end: end, style: .sbv) {
        case .success(let value): endMs = value
        case .failure(let failure):
            return .failure(TranscriptTimestamp.Failure(reason: "cannot read the end time: \(failure.reason)"))
        }
        guard TranscriptBytes.skipSpacesAndTabs(in: bytes, from: index, upTo: end) == end else {
            return .failure(TranscriptTimestamp.Failure(reason: "unexpected text right after the end time"))
        }
        return .success((start, endMs))
    }

    /// The speaker and plain text of the cue text on `textLines`, without YouTube's `>>` change-of-speaker mark.
    private func cueContent(_ textLines: Range<Int>) -> (speaker: String?, text: String) {
        var plain = TranscriptBytes.plainText(source.joinedLines(textLines))
        if plain.hasPrefix(">>") {
            plain = String(plain.dropFirst(2).drop { $0 == " " || $0 == "\t" })
        }
        if let prefixed = TranscriptSpeakerPrefix.split(plain) {
            return (prefixed.speaker, prefixed.text)
        }
        return (nil, plain)
    }
}
