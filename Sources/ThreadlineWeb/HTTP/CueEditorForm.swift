import ThreadlineCore

/// The workspace's cue editor: one row per cue (`start_N`, `end_N`, `speaker_N`, `text_N`, where N is the cue's
/// place in the whole transcript), times written as `mm:ss.mmm` or `hh:mm:ss.mmm` as in WebVTT. A row whose text is
/// emptied is deleted; a filled blank row is added. Every problem is reported against its row, named as the page
/// labels it ("Line 12 end"), and nothing is stored while any remains.
///
/// A long transcript is edited a page of lines at a time (`first` and `rows` say which): only those lines are sent
/// and replaced, so changing one line of a two-hour interview does not send every cue back. The form also says how
/// many lines the transcript had when the page was opened (`total`); if that has changed meanwhile the lines are no
/// longer where the page thinks, and saving is refused rather than overwriting the wrong ones.
struct CueEditorForm {
    /// How many lines one page of the editor shows.
    static let pageSize = 100

    /// The edited lines, sorted, that replace `replacing`.
    var cues: [TranscriptCue] = []
    /// The stored lines the page showed, which `cues` replace.
    var replacing: Range<Int> = 0..<0
    /// How many lines the transcript had when the page was opened; `nil` from a form that replaces them all.
    var expectedTotal: Int?
    var problems: [FieldProblem] = []

    init(form: FormData) {
        // The page always sends at least one row; anything else is a broken or forged form, which must not be
        // read as "delete every line".
        guard let rows = Int(form["rows"]), (1...100_000).contains(rows) else {
            problems.append(
                FieldProblem(field: "rows", message: "The form is incomplete; reload the page and try again."))
            return
        }
        let first = form["first"].isEmpty ? 0 : Int(form["first"]) ?? -1
        let total = form["total"].isEmpty ? nil : Int(form["total"])
        guard (0...10_000_000).contains(first), form["total"].isEmpty || (total.map { $0 >= 0 } ?? false) else {
            problems.append(
                FieldProblem(field: "rows", message: "The form is incomplete; reload the page and try again."))
            return
        }
        expectedTotal = total
        // The blank row for a new line sits past the last stored line: it replaces nothing.
        replacing = first..<max(first, total.map { min(first + rows, $0) } ?? first + rows)
        for row in first..<(first + rows) {
            let text = form["text_\(row)"].trimmingCharacters(in: .whitespacesAndNewlines)
            let startText = form["start_\(row)"]
            let endText = form["end_\(row)"]
            if text.isEmpty { continue }  // emptied: deleted
            let label = "Line \(row + 1)"
            guard let start = Self.milliseconds(startText) else {
                problems.append(
                    FieldProblem(
                        field: "start_\(row)",
                        message: "\(label) start: \"\(startText)\" is not a time like 01:02.500."))
                continue
            }
            guard let end = Self.milliseconds(endText) else {
                problems.append(
                    FieldProblem(
                        field: "end_\(row)", message: "\(label) end: \"\(endText)\" is not a time like 01:02.500."))
                continue
            }
            if end <= start {
                problems.append(
                    FieldProblem(field: "end_\(row)", message: "\(label) end: it must come after the start."))
                continue
            }
            let speaker = form["speaker_\(row)"].trimmingCharacters(in: .whitespaces)
            cues.append(TranscriptCue(startMs: start, endMs: end, speaker: speaker.isEmpty ? nil : speaker, text: text))
        }
        cues.sort { ($0.startMs, $0.endMs) < ($1.startMs, $1.endMs) }
    }

    /// The whole transcript with the page's lines replaced by the edited ones, sorted by time; `nil` when the
    /// transcript no longer has the number of lines it had when the page was opened.
    func merged(into stored: [TranscriptCue]) -> [TranscriptCue]? {
        guard let expectedTotal else { return cues }
        guard stored.count == expectedTotal, replacing.upperBound <= stored.count else { return nil }
        var whole = Array(stored[..<replacing.lowerBound]) + cues + Array(stored[replacing.upperBound...])
        whole.sort { ($0.startMs, $0.endMs) < ($1.startMs, $1.endMs) }
        return whole
    }

    /// The number of rows the form says it has, kept within 0…100,000 whatever was sent.
    static func rowCount(_ form: FormData) -> Int {
        min(max(Int(form["rows"]) ?? 0, 0), 100_000)
    }

    /// The place of the page's first line in the whole transcript, as the form says (0 when it does not).
    static func firstRow(_ form: FormData) -> Int {
        min(max(Int(form["first"]) ?? 0, 0), 10_000_000)
    }

    /// `[hh:]mm:ss[.mmm]` → milliseconds; `nil` for anything else, including absurdly large values.
    static func milliseconds(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        let secondsPart = parts.last!.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(secondsPart.count), let seconds = Int(secondsPart[0]), (0..<60).contains(seconds),
            secondsPart[0].count == 2
        else { return nil }
        var millis = 0
        if secondsPart.count == 2 {
            let fraction = secondsPart[1]
            guard (1...3).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int(fraction)
            else {
                return nil
            }
            millis = value * [100, 10, 1][fraction.count - 1]
        }
        // Without hours, minutes may pass 59 (a long recording written as 75:00.000), but not without limit.
        guard let minutes = Int(parts[parts.count - 2]), minutes >= 0,
            parts.count == 2 ? minutes < 60_000 : minutes < 60
        else { return nil }
        let hours = parts.count == 3 ? Int(parts[0]) : 0
        guard let hours, hours >= 0, hours < 1000 else { return nil }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis
    }

    /// A time as the editor shows it.
    static func text(_ milliseconds: Int) -> String {
        let total = milliseconds / 1000
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fraction = String(milliseconds % 1000)
        let millis = String(repeating: "0", count: 3 - fraction.count) + fraction
        let clock = "\(two(total / 60 % 60)):\(two(total % 60)).\(millis)"
        return total >= 3600 ? "\(total / 3600):\(clock)" : clock
    }
}
