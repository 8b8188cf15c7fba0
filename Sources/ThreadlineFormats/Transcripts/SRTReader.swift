import ThreadlineCore

/// The state of one SRT parse.
struct SRTReader {
    private let source: TranscriptSource
    private var problems = TranscriptProblemCollector()
    private var cueList = TranscriptCueList(fractionSeparator: ",")
    private var attemptedCueCount = 0
    private var lineIndex = 0

    init(source: TranscriptSource) {
        self.source = source
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
        let first = lineIndex
        let nextIsTiming = first + 1 < source.lineCount && source.containsArrow(first + 1)
        let timingIndex: Int
        if isCueNumber(first), nextIsTiming {
            timingIndex = first + 1
        } else if source.containsArrow(first) {
            problems.add(line: source.lineNumber(first), "the cue has no number line before its timing line")
            timingIndex = first
        } else if nextIsTiming {
            let number = TranscriptBytes.decode(source.line(first).prefix(40))
            problems.add(line: source.lineNumber(first), "the cue number '\(number)' is not a whole number")
            timingIndex = first + 1
        } else {
            reportBlockWithoutTiming()
            return
        }
        let timing = readTiming(timingIndex)
        lineIndex = timingIndex + 1
        let textStart = lineIndex
        while lineIndex < source.lineCount, !source.isBlank(lineIndex), !startsCueWithoutBlankLine(lineIndex) {
            lineIndex += 1
        }
        guard let timing else { return }
        let content = cueContent(textStart..<lineIndex)
        let cue = TranscriptCue(
            startMs: timing.startMs, endMs: timing.endMs, speaker: content.speaker, text: content.text)
        cueList.add(cue, line: source.lineNumber(timingIndex), problems: &problems)
    }

    /// Reports a block that has no timing line in its first two lines, and skips it.
    private mutating func reportBlockWithoutTiming() {
        let first = lineIndex
        let timingCandidate = isCueNumber(first) && first + 1 < source.lineCount ? first + 1 : first
        if !source.isBlank(timingCandidate), looksLikeTimingLine(timingCandidate) {
            problems.add(
                line: source.lineNumber(timingCandidate),
                "the cue timing has no '-->' between the start and end times (expected '00:00:01,000 --> 00:00:04,000')"
            )
        } else if isCueNumber(first) {
            problems.add(line: source.lineNumber(first), "the cue number is not followed by a timing line")
        } else {
            problems.add(line: source.lineNumber(first), "expected a cue number line followed by a timing line")
        }
        while lineIndex < source.lineCount, !source.isBlank(lineIndex) {
            lineIndex += 1
        }
    }

    /// Whether the line at `index` is a cue number: ASCII digits, optionally surrounded by spaces or tabs.
    private func isCueNumber(_ index: Int) -> Bool {
        let trimmed = TranscriptBytes.trimmingSpacesAndTabs(source.bytes, source.lines[index])
        return !trimmed.isEmpty && source.bytes[trimmed].allSatisfy(TranscriptBytes.isDigit)
    }

    /// Whether the line at `index` is a number line directly followed by a timing line, which starts a new cue even
    /// when the blank line before it is missing.
    private func startsCueWithoutBlankLine(_ index: Int) -> Bool {
        isCueNumber(index) && index + 1 < source.lineCount && source.containsArrow(index + 1)
    }

    /// Reads `start --> end [coordinates]` on the line at `index`, reporting a problem when it cannot.
    private mutating func readTiming(_ index: Int) -> (startMs: Int, endMs: Int)? {
        let range = source.lines[index]
        let bytes = source.bytes
        let line = source.lineNumber(index)
        var cursor = TranscriptBytes.skipWhitespace(in: bytes, from: range.lowerBound, upTo: range.upperBound)
        let start: Int
        switch TranscriptTimestamp.scan(bytes, at: &cursor, end: range.upperBound, style: .srt) {
        case .success(let value): start = value
        case .failure(let failure):
            problems.add(line: line, "cannot read the start time: \(failure.reason)")
            return nil
        }
        cursor = TranscriptBytes.skipWhitespace(in: bytes, from: cursor, upTo: range.upperBound)
        guard TranscriptBytes.hasArrow(in: bytes, at: cursor, end: range.upperBound) else {
            problems.add(line: line, "expected '-->' right after the start time")
            return nil
        }
        cursor = TranscriptBytes.skipWhitespace(in: bytes, from: cursor + 3, upTo: range.upperBound)
        switch TranscriptTimestamp.scan(bytes, at: &cursor, end: range.upperBound, style: .srt) {
        case .success(let end):
            guard cursor == range.upperBound || TranscriptBytes.isWhitespace(bytes[cursor]) else {
                problems.add(line: line, "unexpected text right after the end time")
                return nil
            }
            return (start, end)
        case .failure(let failure):
            problems.add(line: line, "cannot read the end time: \(failure.reason)")
            return nil
        }
    }

    /// The speaker and plain text of the cue text on `textLines`.
    private func cueContent(_ textLines: Range<Int>) -> (speaker: String?, text: String) {
        let content = SRTCueText(source.joinedLines(textLines))
        if let voice = content.voice {
            return (voice, content.text)
        }
        if let prefixed = TranscriptSpeakerPrefix.split(content.text) {
            return (prefixed.speaker, prefixed.text)
        }
        return (nil, content.text)
    }

    private func looksLikeTimingLine(_ index: Int) -> Bool {
        let range = source.lines[index]
        var cursor = TranscriptBytes.skipWhitespace(in: source.bytes, from: range.lowerBound, upTo: range.upperBound)
        if case .success = TranscriptTimestamp.scan(source.bytes, at: &cursor, end: range.upperBound, style: .srt) {
            return true
        }
        return false
    }
}
