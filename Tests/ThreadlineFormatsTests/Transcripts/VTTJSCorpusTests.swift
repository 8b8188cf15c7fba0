import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

/// Threadline's WebVTT parser against the test files of Mozilla's vtt.js, a parser written to the W3C specification,
/// kept in `../shared/interop/webvtt-vttjs` beside the repository.
///
/// For every `NAME.vtt` with a `NAME.json` beside it, Threadline must keep the cues the specification's parser keeps:
/// as many, with the same start and end to the millisecond, and the same text once tags are removed and character
/// references decoded (the json holds cue text as written). Two rules of Threadline's own apply to every file, and are
/// checked rather than skipped: a cue with no text is left out with a note, and cues are sorted by start time. Where
/// the specification's parser keeps no cue, Threadline may refuse the file instead, as long as it says why. Any other
/// difference must be listed in ``expectedDifferences`` with its reason, and the test fails when a listed difference
/// no longer happens, so the list stays true. A `.vtt` without a json must only be read without crashing.
@Suite("WebVTT parser: the vtt.js corpus")
struct VTTJSCorpusTests {
    /// The corpus beside the repository (`../shared/interop/webvtt-vttjs`, as CI clones it), or the machine's
    /// shared folder when the repository is cloned elsewhere.
    static let folder: URL = {
        let beside = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/interop/webvtt-vttjs")
        let candidates = [beside, URL(fileURLWithPath: "/work/shared/interop/webvtt-vttjs")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? beside
    }()

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path)
    }

    /// Files, by path inside the corpus, where Threadline deliberately keeps other cues than the specification's
    /// parser, and why.
    static let expectedDifferences: [String: String] = [
        "cuetext/format/double-line-break.vtt":
            "the words after the blank line inside the cue ('- We can't do this?') are kept as part of the cue, with "
            + "a note; the specification's parser drops them, and they are testimony",
        "cue-times/max-spots-over-sixty.vtt":
            "the cue starts and ends at 120:00:00.000; Threadline keeps it lasting 1 ms, with a note, because a "
            + "cue must end after it starts",
        "cue-times/minimum-spots-over-sixty.vtt":
            "refused: in '120:00.000' the first of two fields is over 59, which W3C's rules do not read (the cue is "
            + "dropped) and vtt.js reads as 120 hours; Threadline names the line rather than guess the hour",
        "integration/id.vtt":
            "refused: line 15 is a bare '-->', a timing line without times; vtt.js drops it and, with it, the cue "
            + "'Test' on the next line without a word, so Threadline names the line instead of losing testimony",
    ]

    /// What the json beside a `.vtt` says the specification's parser keeps.
    struct Expected: Decodable {
        struct Cue: Decodable {
            var startTime: Double
            var endTime: Double
            var text: String
        }

        var cues: [Cue]
    }

    /// Every `.vtt` in the corpus, by path inside it, sorted.
    static func vttFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".vtt") }.sorted()
    }

    @Test(
        "Keeps the cues the specification's parser keeps, and refuses only files it keeps none of",
        .enabled(if: isPresent, "../shared/interop/webvtt-vttjs is not beside the repository"))
    func matchesTheSpecificationsParser() throws {
        let files = Self.vttFiles()
        #expect(files.count > 200, "the corpus holds \(files.count) .vtt files")
        var pairs = 0
        var matching: [String] = []
        for path in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(path))
            let outcome = Result { () throws(TranscriptParseError) in try WebVTTParser().read(data) }
            let jsonURL = Self.folder.appendingPathComponent(String(path.dropLast(4)) + ".json")
            guard FileManager.default.fileExists(atPath: jsonURL.path) else {
                // Only not crashing is asked of these; a refusal must still say why.
                if case .failure(let error) = outcome {
                    #expect(!error.problems.isEmpty, "\(path) was refused without a reason")
                }
                continue
            }
            pairs += 1
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: jsonURL))
            let mismatch = Self.mismatch(outcome, expected: expected)
            if let reason = Self.expectedDifferences[path] {
                #expect(mismatch != nil, "\(path) is listed as differing (\(reason)) but now matches; unlist it")
            } else if let mismatch {
                Issue.record("\(path): \(mismatch)")
            } else {
                matching.append(path)
            }
        }
        #expect(pairs > 150, "only \(pairs) .vtt files have a json beside them")
        #expect(matching.count + Self.expectedDifferences.count == pairs)
        print("vtt.js corpus: \(matching.count) of \(pairs) pairs match; \(Self.expectedDifferences.count) listed.")
    }

    /// Why Threadline's reading differs from the specification parser's, or `nil` when it does not.
    static func mismatch(_ outcome: Result<TranscriptReading, TranscriptParseError>, expected: Expected) -> String? {
        let kept = expected.cues.enumerated().filter { !plainText($0.element.text).isEmpty }
            .sorted { ($0.element.startTime, $0.offset) < ($1.element.startTime, $1.offset) }.map(\.element)
        let textless = expected.cues.count - kept.count
        let reading: TranscriptReading
        switch outcome {
        case .failure(let error):
            return kept.isEmpty ? nil : "refused, though the specification keeps \(kept.count) cues: \(error)"
        case .success(let value):
            reading = value
        }
        guard reading.cues.count == kept.count else {
            return "\(reading.cues.count) cues, expected \(kept.count): \(reading.cues)"
        }
        let skipNotes = reading.notes.filter { $0.message.contains("has no text") }.count
        if skipNotes != textless {
            return "\(skipNotes) notes of cues without text, expected \(textless): \(reading.notes)"
        }
        if kept.isEmpty, !reading.notes.contains(where: { $0.message.contains("transcript is empty") }) {
            return "no cues and no note saying the transcript is empty: \(reading.notes)"
        }
        for (cue, want) in zip(reading.cues, kept) {
            let start = Int((want.startTime * 1000).rounded())
            let end = Int((want.endTime * 1000).rounded())
            guard cue.startMs == start, cue.endMs == end else {
                return "cue \(cue) has times \(cue.startMs)–\(cue.endMs), expected \(start)–\(end)"
            }
            let text = plainText(want.text)
            let withSpeaker = cue.speaker.map { "\($0): \(cue.text)" }
            guard cue.text == text || withSpeaker == text else {
                return "cue text \(cue.text.debugDescription) (speaker \(cue.speaker ?? "none")), expected "
                    + text.debugDescription
            }
        }
        return nil
    }

    /// Cue text as written, reduced to what Threadline keeps: tags removed, the character references of WebVTT
    /// decoded, each line trimmed of spaces and tabs, blank lines at either end dropped. Written apart from the
    /// parser's own code, so that the two check each other.
    static func plainText(_ raw: String) -> String {
        var output = ""
        var index = raw.startIndex
        while index < raw.endIndex {
            let character = raw[index]
            if character == "<" {
                index = raw[index...].firstIndex(of: ">").map { raw.index(after: $0) } ?? raw.endIndex
                continue
            }
            if character == "&", let (decoded, next) = reference(in: raw, at: index) {
                output.append(decoded)
                index = next
                continue
            }
            output.append(character)
            index = raw.index(after: index)
        }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
        }
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return "" }
        return lines[first...last].joined(separator: "\n")
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "lrm": "\u{200E}", "rlm": "\u{200F}", "nbsp": "\u{00A0}",
    ]

    /// The character a reference at `index` stands for, and where it ends.
    private static func reference(in raw: String, at index: String.Index) -> (String, String.Index)? {
        let rest = raw[raw.index(after: index)...]
        if rest.hasPrefix("#") {
            let body = rest.dropFirst()
            let isHex = body.hasPrefix("x") || body.hasPrefix("X")
            let digits = (isHex ? body.dropFirst() : body).prefix { isHex ? $0.isHexDigit : $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = UInt32(digits, radix: isHex ? 16 : 10) else { return nil }
            var end = digits.endIndex
            if end < raw.endIndex, raw[end] == ";" { end = raw.index(after: end) }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(Character(scalar ?? "\u{FFFD}")), end)
        }
        guard let semicolon = rest.prefix(12).firstIndex(of: ";"), let decoded = named[String(rest[..<semicolon])]
        else { return nil }
        return (decoded, raw.index(after: semicolon))
    }
}
