import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices

/// The service every door calls to read an uploaded transcript: notes as sentences, empty files refused, and
/// refusals that always name a line.
@Suite("Transcript import: formats, notes and refusals")
struct TranscriptImportTests {
    private func refusal(
        _ text: String, format: String? = nil, fileName: String? = nil
    ) -> [FieldProblem]? {
        do {
            _ = try TranscriptImport.parseWithNotes(
                Data(text.utf8), format: format, fileName: fileName, durationMs: nil)
            return nil
        } catch {
            return error.problems
        }
    }

    @Test("Notes come back as sentences naming their lines, with the cues and the format read")
    func notesAsSentences() throws {
        let file =
            "WEBVTT\n\n00:05.000 --> 00:06.000\nLater\n\n00:01.000 --> 00:02.000\n\n00:02.000 --> 00:03.000\nEarlier\n"
        let outcome = try TranscriptImport.parseWithNotes(
            Data(file.utf8), format: nil, fileName: "talk.vtt", durationMs: nil)
        #expect(outcome.format == .webVTT)
        #expect(outcome.cues.map(\.text) == ["Earlier", "Later"])
        #expect(
            outcome.notes == [
                "Line 6: this cue has no text; it was skipped.",
                "Line 8: this cue starts at 00:00:02.000, before the cue on line 3, which starts at 00:00:05.000; "
                    + "the cues were sorted by start time.",
            ])
        // The older entry point gives the same cues.
        #expect(
            try TranscriptImport.parse(Data(file.utf8), format: "vtt", fileName: nil, durationMs: nil) == outcome.cues)
    }

    @Test("SBV is a format a person can name, and one the extension and the content find")
    func sbv() throws {
        let file = "0:00:01.000,0:00:02.500\nHello.\n"
        for (format, name) in [("sbv", nil), (nil, "captions.sbv"), (nil, nil)] as [(String?, String?)] {
            let outcome = try TranscriptImport.parseWithNotes(
                Data(file.utf8), format: format, fileName: name, durationMs: nil)
            #expect(outcome.format == .sbv)
            #expect(outcome.cues == [TranscriptCue(startMs: 1000, endMs: 2500, text: "Hello.")])
        }
        #expect(
            refusal(file, format: "ass")?.first?.message
                == "\"ass\" is not a transcript format: use vtt, srt, sbv or text.")
    }

    @Test("An empty transcript is refused with the sentence saying why, so the stored one is kept")
    func emptyIsRefused() throws {
        let found = try #require(refusal("WEBVTT\n\n", fileName: "silence.vtt"))
        #expect(
            found == [
                FieldProblem(
                    field: "transcript",
                    message: "Line 1: the file has a WEBVTT header but no cues, so the transcript is empty. An empty "
                        + "transcript is not stored; the testimony's transcript was left as it was.")
            ])
    }

    @Test("An unrecognised file is refused with the closest parser's problems by line, not only 'not a format'")
    func unrecognisedNamesTheLine() throws {
        let found = try #require(refusal("Dear diary,\ntoday we met.\n"))
        #expect(found.count == 2)
        #expect(found[0].field == "transcript")
        #expect(found[0].message.contains("read as WebVTT, the closest"))
        #expect(found[1] == FieldProblem(field: "line 1", message: "a WebVTT file must start with the line 'WEBVTT'"))
    }

    @Test("A recognised file with problems is refused by line alone, as before")
    func recognisedProblems() throws {
        let found = try #require(refusal("WEBVTT\n\n00:02.000 --> 00:01.000\nBackwards\n"))
        #expect(
            found == [
                FieldProblem(
                    field: "line 3", message: "the end time 00:00:01.000 is not after the start time 00:00:02.000")
            ])
    }

    @Test("A misnamed file is read as its content says, with a note first")
    func misnamed() throws {
        let outcome = try TranscriptImport.parseWithNotes(
            Data("1\n00:00:01,000 --> 00:00:02,000\nHi\n".utf8), format: nil, fileName: "notes.txt", durationMs: nil)
        #expect(outcome.format == .srt)
        #expect(
            outcome.notes == [
                "Line 1: the file's name says text with [hh:mm:ss] stamps, but it holds SRT, so it was read as SRT."
            ])
    }
}
