import ThreadlineCore

/// The state of one timestamped-text parse.
struct TimestampedTextReader {
    /// A stamp found at the start of a line: where its time is, and where the text after it starts.
    struct Stamp {
        let time: Range<Int>
        let textStart: Int
    }

    /// A stamped line and the text that follows it.
    private struct Entry {
        let startMs: Int
        let lineIndex: Int
        var text: [UInt8]
    }

    private let source: TranscriptSource
    private let totalDurationMs: Int?
    private var problems = TranscriptProblemCollector()
    private var entries: [Entry] = []

    init(source: TranscriptSource, totalDurationMs: Int?) {
        self.source = source
        self.totalDurationMs = totalDurationMs
    }

    /// Finds a stamp at the start of `range`: `[`, a digit, then only digits, `:`, `.` and `,` up to `]`, including
    /// at least one `:`. Returns `nil` for ordinary text such as `[laughter]` or `[2 people laugh]`. `isClosed` is
    /// false for a stamp whose `]` is missing, which the reader reports.
    static func findStamp(in bytes: [UInt8], range: Range<Int>) -> (stamp: Stamp, isClosed: Bool)? {
        let open = TranscriptBytes.skipSpacesAndTabs(in: bytes, from: range.lowerBound, upTo: range.upperBound)
        guard open + 1 < range.upperBound, bytes[open] == TranscriptBytes.leftBracket,
            TranscriptBytes.isDigit(bytes[open + 1])
        else { return nil }
        var cursor = open + 1
        var sawColon = false
        while cursor < range.upperBound {
            let byte = bytes[cursor]
            if byte == TranscriptBytes.colon {
                sawColon = true
            } else if !TranscriptBytes.isDigit(byte) && byte != TranscriptBytes.fullStop
                && byte != TranscriptBytes.comma
            {
                break
            }
            cursor += 1
        }
        guard sawColon else { return nil }
        let isClosed = cursor < range.upperBound && bytes[cursor] == TranscriptBytes.rightBracket
        let stamp = Stamp(time: (open + 1)..<cursor, textStart: isClosed ? cursor + 1 : cursor)
        return (stamp, isClosed)
    }

    mutating func read() throws(TranscriptParseError) -> TranscriptReading {
        for problem in source.encodingProblems {
            problems.add(line: problem.line, problem.message)
        }
        readEntries()
        if let totalDurationMs, totalDurationMs < 0 {
            problems.add(line: 1, "the recording length \(totalDurationMs) ms is negative")
        }
        var cueList = TranscriptCueList(fractionSeparator: ".")
        // Each cue ends where the next stamp in time starts, so stamps out of order are sorted before the ends are
        // set; sorting afterwards would give cues that overlap or run backwards.
        let sorted = sortedEntries(noting: &cueList)
        for (position, entry) in sorted.enumerated() where !problems.isFull {
            let line = source.lineNumber(entry.lineIndex)
            let content = cueContent(entry.text)
            let isLast = position + 1 == sorted.count
            if content.text.isEmpty {
                // A stamp without text is a pause: it ends the cue before it (the last one too, which then needs no
                // estimated length) and starts none.
                cueList.note(
                    line: line,
                    position == 0
                        ? "this timestamp has no text after it; it was skipped"
                        : "this timestamp has no text after it; it ends the cue before it, and no cue was made from it"
                )
                continue
            }
            var endProblem: String?
            let endMs: Int
            if !isLast {
                let next = sorted[position + 1]
                let nextLine = source.lineNumber(next.lineIndex)
                endMs = next.startMs
                endProblem =
                    "this cue starts at the same time as the next one (line \(nextLine)), so it would last no time"
            } else if let totalDurationMs {
                endMs = totalDurationMs
                let start = TranscriptTimestamp.format(entry.startMs, fractionSeparator: ".")
                let total = TranscriptTimestamp.format(totalDurationMs, fractionSeparator: ".")
                endProblem = "the recording is \(total) long, but this cue starts at \(start)"
            } else {
                endMs = entry.startMs + TimestampedTextParser.estimatedDurationMs(characterCount: content.text.count)
            }
            let cue = TranscriptCue(startMs: entry.startMs, endMs: endMs, speaker: content.speaker, text: content.text)
            cueList.add(cue, line: line, problems: &problems, endProblem: endProblem, keepsInstantCue: false)
        }
        try problems.throwIfAny()
        return cueList.reading(
            emptyTranscript: entries.isEmpty
                ? "the file has no timestamps such as '[00:00:05]', so the transcript is empty"
                : "none of the file's timestamps has text after it, so the transcript is empty"
        )
    }

    /// The entries sorted by start time, stably, with a note on each stamp that is earlier than the one before it.
    private func sortedEntries(noting cueList: inout TranscriptCueList) -> [Entry] {
        var previous: Entry?
        for entry in entries {
            if let previous, entry.startMs < previous.startMs {
                let start = TranscriptTimestamp.format(entry.startMs, fractionSeparator: ".")
                let before = TranscriptTimestamp.format(previous.startMs, fractionSeparator: ".")
                cueList.note(
                    line: source.lineNumber(entry.lineIndex),
                    "this timestamp (\(start)) is earlier than the one on line "
                        + "\(source.lineNumber(previous.lineIndex)) (\(before)); the cues were sorted by time"
                )
            }
            previous = entry
        }
        return entries.enumerated().sorted { lhs, rhs in
            (lhs.element.startMs, lhs.offset) < (rhs.element.startMs, rhs.offset)
        }.map(\.element)
    }

    /// Collects the stamped lines and the text after each, reporting stamps that cannot be read and text before the
    /// first stamp.
    private mutating func readEntries() {
        // After a stamp that cannot be read, its text is skipped rather than added to the cue before it.
        var skippingBrokenCue = false
        var reportedTextBeforeFirstStamp = false
        for index in 0..<source.lineCount where !problems.isFull {
            let range = source.lines[index]
            if let (stamp, isClosed) = Self.findStamp(in: source.bytes, range: range) {
                skippingBrokenCue = true
                guard isClosed else {
                    problems.add(line: source.lineNumber(index), "the timestamp has no closing ']'")
                    continue
                }
                var cursor = stamp.time.lowerBound
                switch TranscriptTimestamp.scan(source.bytes, at: &cursor, end: stamp.time.upperBound, style: .bracket)
                {
                case .success(let startMs) where cursor == stamp.time.upperBound:
                    skippingBrokenCue = false
                    let text = Array(source.bytes[stamp.textStart..<range.upperBound])
                    entries.append(Entry(startMs: startMs, lineIndex: index, text: text))
                case .success:
                    problems.add(
                        line: source.lineNumber(index), "cannot read the timestamp: unexpected characters in it")
                case .failure(let failure):
                    problems.add(line: source.lineNumber(index), "cannot read the timestamp: \(failure.reason)")
                }
            } else if source.isBlank(index) || skippingBrokenCue {
                continue
            } else if !entries.isEmpty {
                entries[entries.count - 1].text.append(TranscriptBytes.lineFeed)
                entries[entries.count - 1].text.append(contentsOf: source.bytes[range])
            } else if !reportedTextBeforeFirstStamp {
                reportedTextBeforeFirstStamp = true
                problems.add(
                    line: source.lineNumber(index),
                    "text before the first timestamp; every line of text must follow a stamp such as '[00:00:05]'"
                )
            }
        }
    }

    private func cueContent(_ text: [UInt8]) -> (speaker: String?, text: String) {
        let plain = TranscriptBytes.plainText(text)
        if let prefixed = TranscriptSpeakerPrefix.split(plain) {
            return (prefixed.speaker, prefixed.text)
        }
        return (nil, plain)
    }
}
