public import Foundation
public import ThreadlineCore
public import ThreadlineFormats

/// The promises every transcript parser makes, checked on one input: cues that make sense, or problems on lines
/// that exist; and cues that survive being written out and read back.
public enum TranscriptCheck {
    /// Parses `data`, checks the outcome, and when it parsed, writes the cues with `write` and parses that again.
    ///
    /// - Parameters:
    ///   - data: The fuzzer's bytes.
    ///   - parse: The parser under test.
    ///   - write: The same format's writer.
    ///   - normalise: What of a cue must survive the round trip; all of it by default. SRT writes a speaker as a
    ///     `Name: ` prefix that reads back only when the name fits the speaker heuristic, so its target compares
    ///     the prefix and text together.
    public static func run(
        _ data: Data,
        parse: (Data) throws(TranscriptParseError) -> [TranscriptCue],
        write: ([TranscriptCue]) -> String,
        normalise: (TranscriptCue) -> TranscriptCue = { $0 }
    ) {
        let cues: [TranscriptCue]
        do {
            cues = try parse(data)
        } catch {
            checkProblems(error, lines: LineCount.of(data))
            return
        }
        checkCues(cues)
        let written = Data(write(cues).utf8)
        do {
            let reread = try parse(written)
            invariant(
                reread.map(normalise) == cues.map(normalise),
                "cues changed on a write and re-read: \(cues) became \(reread)")
        } catch {
            invariant(
                false,
                "the writer's own output did not parse: \(error)\n---\n\(String(decoding: written, as: UTF8.self))")
        }
    }

    /// Cues start at or after zero, end after they start, come in order and carry text. There may be none: a file
    /// with only a header, or whose every cue lacks text, is an empty transcript, which the parser notes.
    static func checkCues(_ cues: [TranscriptCue]) {
        var previousStart = 0
        for cue in cues {
            invariant(cue.startMs >= 0, "negative start \(cue.startMs)")
            invariant(cue.endMs > cue.startMs, "end \(cue.endMs) not after start \(cue.startMs)")
            invariant(cue.startMs >= previousStart, "cue at \(cue.startMs) before one at \(previousStart)")
            invariant(!cue.text.isEmpty, "a cue without text at \(cue.startMs)")
            previousStart = cue.startMs
        }
    }

    /// A thrown error lists at least one problem, each on a line of the file, within the bound on their number.
    static func checkProblems(_ error: TranscriptParseError, lines: Int) {
        invariant(!error.problems.isEmpty, "an error with no problems")
        invariant(
            error.problems.count <= TranscriptParseError.maximumProblemCount + 1,
            "\(error.problems.count) problems, over the bound")
        for problem in error.problems {
            invariant((1...lines).contains(problem.line), "problem on line \(problem.line) of \(lines): \(problem)")
            invariant(!problem.message.isEmpty, "a problem without a message on line \(problem.line)")
        }
    }
}
