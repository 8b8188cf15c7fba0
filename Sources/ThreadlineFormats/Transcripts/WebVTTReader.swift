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
    /// The timing line of the cue the block just read kept, or `nil` when that block kept none.
    private var previousKeptCueLine: Int?

    /// Whether the file holds YouTube's automatic captions, whose words carry timing tags (`<00:00:01.040><c> word`)
    /// and whose cues roll: each repeats the line before it, and a 10 ms cue between two repeats the last line.
    private let hasRollingCaptions: Bool
    /// The text lines of the cue read last, to find the lines a rolling cue repeats.
    private var previousCueLines: Set<Substring> = []
    /// How many repeated lines were left out of rolling cues, how many cues held nothing else, and the timing line
    /// of the first cue with a repeat.
    private var repeats: (lines: Int, cues: Int, firstLine: Int) = (0, 0, 0)

    init(source: TranscriptSource) {
        self.source = source
        self.hasRollingCaptions = Self.containsTimedWord(source.bytes)
    }

    /// Whether `bytes` hold a timestamp tag followed by a class span, `><c>` or `><c.`, as YouTube's automatic
    /// captions write each word.
    private static func containsTimedWord(_ bytes: [UInt8]) -> Bool {
        let pattern = Array("><c".utf8)
        var index = 0
        while index + pattern.count < bytes.count {
            if bytes[index] == pattern[0], bytes[index + 1] == pattern[1], bytes[index + 2] == pattern[2],
                bytes[index + 3] == TranscriptBytes.greaterThan || bytes[index + 3] == TranscriptBytes.fullStop
            {
                return true
            }
            index += 1
        }
        return false
    }

    mutating func read() throws(TranscriptParseError) -> TranscriptReading {
        for problem in source.encodingProblems {
            problems.add(line: problem.line, problem.message)
        }
        guard source.lineCount > 0 else {
            problems.add(line: 1, "the file is empty: a WebVTT file starts with a 'WEBVTT' line")
            try problems.throwIfAny()
            return TranscriptReading(cues: [], notes: [])
        }
        readSignatureAndHeader()
        while lineIndex < source.lineCount, !problems.isFull {
            // Lines of only spaces or tabs between blocks are read as blank: exports from streaming services
            // hold them, and a block cannot start with one.
            if source.isBlank(lineIndex) {
                lineIndex += 1
            } else {
                readBlock()
            }
        }
        try problems.throwIfAny()
        if repeats.lines > 0 {
            let lines = repeats.lines == 1 ? "1 line" : "\(repeats.lines) lines"
            let cues = repeats.cues == 1 ? "1 cue" : "\(repeats.cues) cues"
            cueList.note(
                line: repeats.firstLine,
                "YouTube's automatic captions repeat each line as the next rolls in: from this cue on, \(lines) "
                    + "repeating the cue before were left out, and \(cues) holding nothing else were skipped"
            )
        }
        return cueList.reading(
            attemptedCueCount: attemptedCueCount,
            noCues: "the file has a WEBVTT header but no cues, so the transcript is empty")
    }

    /// Checks the signature, then skips the header: the lines after the signature up to an empty line, or up to a
    /// timing line, which the W3C rules read as the first cue.
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
        while lineIndex < source.lineCount, !source.isEmpty(lineIndex), !startsCueInHeader(lineIndex) {
            lineIndex += 1
        }
    }

    /// Whether a line of the header starts the first cue: it holds `-->` and is not a header setting. A setting
    /// such as `Region: id=fred-->` (a name of letters and hyphens, then `:` or `=`) may hold an arrow but no time;
    /// the W3C parser tries it as a cue and drops it without a word, and there is no testimony in it, so it is read
    /// as header here. Any other line with an arrow is read as a cue, so a broken timing line is still reported.
    private func startsCueInHeader(_ index: Int) -> Bool {
        guard source.containsArrow(index) else { return false }
        let line = source.line(index)
        let name = line.prefix { byte in
            (TranscriptBytes.isASCIILetterOrDigit(byte) && !TranscriptBytes.isDigit(byte))
                || byte == TranscriptBytes.hyphen
        }
        guard !name.isEmpty, name.endIndex < line.endIndex else { return true }
        let separator = line[name.endIndex]
        return separator != TranscriptBytes.colon && separator != UInt8(ascii: "=")
    }

    /// Reads one block starting at a non-empty line, and leaves `lineIndex` after it.
    private mutating func readBlock() {
        let blockStart = lineIndex
        var lineCount = 0
        var sawArrow = false
        var timing: (startMs: Int, endMs: Int, line: Int)?
        var textLines: Range<Int> = lineIndex..<lineIndex
        while lineIndex < source.lineCount, !source.isEmpty(lineIndex), !endsBlock(lineIndex) {
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
        let keptBefore = cueList.count
        var keptCueLine: Int?
        if let timing {
            addCue(timing: timing, textLines: textLines)
            keptCueLine = cueList.count > keptBefore ? timing.line : nil
        } else if !sawArrow {
            checkNonCueBlock(blockStart..<lineIndex)
        }
        previousKeptCueLine = keptCueLine
    }

    /// Whether the line at `index` ends the block it is in although it is not empty: a line of only spaces or tabs
    /// followed by the start of another block (an empty line, a timing line, an identifier and its timing line, or a
    /// `NOTE`). The W3C parser ends a block only at an empty line, so it would read the identifier of the next cue
    /// as text of this one; streaming services' exports put such lines between cues. A line of spaces followed by
    /// anything else stays in the cue text, as the W3C parser keeps it.
    private func endsBlock(_ index: Int) -> Bool {
        guard source.isBlank(index) else { return false }
        let next = index + 1
        guard next < source.lineCount else { return true }
        if source.isBlank(next) || source.containsArrow(next) || startsNote(next) {
            return true
        }
        return next + 1 < source.lineCount && source.containsArrow(next + 1)
    }

    /// Whether the line at `index` is the first line of a `NOTE` block.
    private func startsNote(_ index: Int) -> Bool {
        let line = source.line(index)
        let keyword = Array("NOTE".utf8)
        return line.starts(with: keyword)
            && (line.count == keyword.count || TranscriptBytes.isWhitespace(line[line.startIndex + keyword.count]))
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
        var text = content.text
        var emptyNote: String? = "this cue has no text; it was skipped"
        if hasRollingCaptions {
            // Each line of speech would otherwise be kept two or three times; the leading lines that repeat the
            // cue before are dropped, and a cue left empty by that is counted for one note rather than one each.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let fresh = lines.drop { previousCueLines.contains($0) }
            previousCueLines = Set(lines)
            if fresh.count < lines.count {
                if repeats.lines == 0 {
                    repeats.firstLine = timing.line
                }
                repeats.lines += lines.count - fresh.count
                text = fresh.joined(separator: "\n")
                if text.isEmpty {
                    emptyNote = nil
                    repeats.cues += 1
                }
            }
        }
        let cue = TranscriptCue(startMs: timing.startMs, endMs: timing.endMs, speaker: content.speaker, text: text)
        cueList.add(cue, line: timing.line, problems: &problems, emptyNote: emptyNote)
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
        if let cueLine = previousKeptCueLine {
            // Text straight after a cue, cut off from it by a blank line, is most likely more of its words (an
            // editor's blank line inside the cue). The W3C parser drops it; here it stays with its cue, noted.
            let text = WebVTTCueText(source.joinedLines(lines)).text
            cueList.appendToLast(text)
            cueList.note(
                line: source.lineNumber(first),
                "this text follows a blank line after the cue on line \(cueLine); it was kept as part of that cue"
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
