import ThreadlineCore

/// The state of one WebVTT parse: the lines, where the reader is, and what it has found.
///
/// The block loop mirrors "collect a WebVTT block" in https://www.w3.org/TR/webvtt1/#file-parsing, working on whole
/// lines because the file has already been split at CR, LF and CRLF.
struct WebVTTReader {
    private let source: TranscriptSource
    private var problems = TranscriptProblemCollector()
    private var cueList = TranscriptCueList(fractionSeparator: ".")
    private var attemptedCueCount = 0
    private var lineIndex = 0

    init(source: TranscriptSource) {
        self.source = source
    }

    mutating func read() throws(TranscriptParseError) -> [TranscriptCue] {
        for problem in source.encodingProblems {
            problems.add(line: problem.line, problem.message)
        }
        guard source.lineCount > 0 else {
            problems.add(line: 1, "the file is empty: a WebVTT file starts with a 'WEBVTT' line and has cues")
            try problems.throwIfAny()
            return []
        }
        readSignatureAndHeader()
        while lineIndex < source.lineCount, !problems.isFull {
            if source.isEmpty(lineIndex) {
                lineIndex += 1
            } else {
                readBlock()
            }
        }
        if cueList.cues.isEmpty, attemptedCueCount == 0 {
            problems.add(
                line: 1, "the file has no cues (a cue has a timing line such as '00:00:01.000 --> 00:00:04.000')")
        }
        try problems.throwIfAny()
        return cueList.cues
    }

    /// Checks the signature, then skips the header: the lines after the signature up to a blank line, or up to a
    /// line containing `-->`, which the W3C rules read as the first cue.
    private mutating func readSignatureAndHeader() {
        let first = source.line(0)
        let signature = Array("WEBVTT".utf8)
        let hasSignature =
            first.starts(with: signature)
            && (first.count == signature.count
                || TranscriptBytes.isSpaceOrTab(first[first.startIndex + signature.count]))
        if !hasSignature {
            problems.add(line: 1, "a WebVTT file must start with the line 'WEBVTT'")
            // A file that starts straight with a cue is read as cues, so its other problems are found too.
            if source.containsArrow(0) {
                return
            }
        }
        lineIndex = 1
        while lineIndex < source.lineCount, !source.isEmpty(lineIndex), !source.containsArrow(lineIndex) {
            lineIndex += 1
        }
    }

    /// Reads one block starting at a non-empty line, and leaves `lineIndex` after it.
    private mutating func readBlock() {
        let blockStart = lineIndex
        var lineCount = 0
        var sawArrow = false
        var timing: (startMs: Int, endMs: Int, line: Int)?
        var textLines: Range<Int> = lineIndex..<lineIndex
        while lineIndex < source.lineCount, !source.isEmpty(lineIndex) {
            lineCount += 1
            if source.containsArrow(lineIndex) {
                // Only the first or second line of a block may be its timing line; any later `-->` line starts
                // the next block, which is how a cue without an identifier can follow text directly.
                guard lineCount == 1 || (lineCount == 2 && !sawArrow) else { break }
                sawArrow = true
                attemptedCueCount += 1
                timing = readTiming(lineIndex)
                textLines = (lineIndex + 1)..<(lineIndex + 1)
            } else {
                textLines = textLines.lowerBound..<(lineIndex + 1)
            }
            lineIndex += 1
        }
        if let timing {
            addCue(timing: timing, textLines: textLines)
        } else if !sawArrow {
            checkNonCueBlock(blockStart..<lineIndex)
        }
    }

    /// Reads `start --> end [settings]` on the line at `index`, reporting a problem when it cannot.
    private mutating func readTiming(_ index: Int) -> (startMs: Int, endMs: Int, line: Int)? {
        let range = source.lines[index]
        let bytes = source.bytes
        var cursor = TranscriptBytes.skipWhitespace(in: bytes, from: range.lowerBound, upTo: range.upperBound)
        let start: Int
        switch TranscriptTimestamp.scan(bytes, at: &cursor, end: range.upperBound, style: .webVTT) {
        case .success(let value): start = value
        case .failure(let failure):
            problems.add(line: source.lineNumber(index), "cannot read the start time: \(failure.reason)")
            return nil
        }
        cursor = TranscriptBytes.skipWhitespace(in: bytes, from: cursor, upTo: range.upperBound)
        guard TranscriptBytes.hasArrow(in: bytes, at: cursor, end: range.upperBound) else {
            problems.add(line: source.lineNumber(index), "expected '-->' right after the start time")
            return nil
        }
        cursor = TranscriptBytes.skipWhitespace(in: bytes, from: cursor + 3, upTo: range.upperBound)
        switch TranscriptTimestamp.scan(bytes, at: &cursor, end: range.upperBound, style: .webVTT) {
        case .success(let end):
            // Whatever follows is cue settings (`align:start position:10%`), which a transcript does not need.
            return (start, end, source.lineNumber(index))
        case .failure(let failure):
            problems.add(line: source.lineNumber(index), "cannot read the end time: \(failure.reason)")
            return nil
        }
    }

    private mutating func addCue(timing: (startMs: Int, endMs: Int, line: Int), textLines: Range<Int>) {
        let content = cueContent(textLines)
        let cue = TranscriptCue(
            startMs: timing.startMs, endMs: timing.endMs, speaker: content.speaker, text: content.text)
        cueList.add(cue, line: timing.line, problems: &problems)
    }

    /// The speaker and plain text of the cue text on `textLines`.
    private func cueContent(_ textLines: Range<Int>) -> (speaker: String?, text: String) {
        let raw = source.joinedLines(textLines)
        if TranscriptSpeakerPrefix.mightStartWithName(raw),
            let prefixed = TranscriptSpeakerPrefix.split(TranscriptBytes.decode(raw[...]))
        {
            let rest = WebVTTCueText(Array(prefixed.text.utf8))
            if rest.voice == nil {
                return (prefixed.speaker, rest.text)
            }
        }
        let content = WebVTTCueText(raw)
        return (content.voice, content.text)
    }

    /// Reports a block that the W3C rules would drop silently, unless it is a `NOTE`, `STYLE` or `REGION` block.
    private mutating func checkNonCueBlock(_ lines: Range<Int>) {
        guard let first = lines.first else { return }
        let firstLine = source.line(first)
        for keyword in ["NOTE", "STYLE", "REGION"] {
            let keywordBytes = Array(keyword.utf8)
            if firstLine.starts(with: keywordBytes) {
                let rest = firstLine.dropFirst(keywordBytes.count)
                // `NOTE` may be followed by text on its line; `STYLE` and `REGION` by whitespace only.
                if rest.isEmpty || (keyword == "NOTE" && TranscriptBytes.isSpaceOrTab(rest[rest.startIndex]))
                    || rest.allSatisfy(TranscriptBytes.isSpaceOrTab)
                {
                    return
                }
            }
        }
        attemptedCueCount += 1
        for index in lines where looksLikeTimingLine(index) {
            problems.add(
                line: source.lineNumber(index),
                "the cue timing has no '-->' between the start and end times (expected '00:00:01.000 --> 00:00:04.000')"
            )
            return
        }
        problems.add(
            line: source.lineNumber(first),
            "this block is not a cue (it has no 'start --> end' timing line) nor a NOTE, STYLE or REGION block"
        )
    }

    /// Whether the line at `index` starts with something that reads as a timestamp.
    private func looksLikeTimingLine(_ index: Int) -> Bool {
        let range = source.lines[index]
        var cursor = TranscriptBytes.skipWhitespace(in: source.bytes, from: range.lowerBound, upTo: range.upperBound)
        if case .success = TranscriptTimestamp.scan(source.bytes, at: &cursor, end: range.upperBound, style: .webVTT) {
            return true
        }
        return false
    }
}
