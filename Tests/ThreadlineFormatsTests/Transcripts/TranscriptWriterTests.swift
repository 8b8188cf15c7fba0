import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Transcript writers")
struct TranscriptWriterTests {
    static let sample: [TranscriptCue] = [
        cue(5000, 9000, "Interviewer", "What changed?"),
        cue(9000, 15_500, "Youth worker", "We started meeting weekly.\nIt made a difference."),
        cue(15_500, 17_000, nil, "[laughter]"),
        cue(3_723_004, 3_725_000, "Dr. J. R. Smith", "Long after the first hour"),
    ]

    @Test func writesWebVTT() {
        let written = WebVTTWriter().string(for: [
            cue(5000, 9000, "Interviewer", "Fish & chips <3 --> later"),
            cue(3_723_004, 3_725_000, nil, "Two\nlines"),
        ])
        let expected = """
            WEBVTT

            00:00:05.000 --> 00:00:09.000
            <v Interviewer>Fish &amp; chips &lt;3 --&gt; later

            01:02:03.004 --> 01:02:05.000
            Two
            lines

            """
        #expect(written == expected)
    }

    @Test func writesSRT() {
        let written = SRTWriter().string(for: [
            cue(5000, 9000, "Interviewer", "What changed?"),
            cue(360_000_000, 360_000_001, nil, "Hundred hours"),
        ])
        let expected = """
            1
            00:00:05,000 --> 00:00:09,000
            Interviewer: What changed?

            2
            100:00:00,000 --> 100:00:00,001
            Hundred hours

            """
        #expect(written == expected)
    }

    @Test func webVTTRoundTripsExactly() throws {
        let tricky =
            Self.sample + [
                cue(3_725_000, 3_726_000, nil, "Note: the time is 10:30"),
                cue(3_726_000, 3_727_000, nil, "Interviewer: text, not a speaker"),
                cue(3_727_000, 3_728_000, "Tom & <Jerry>", "a < b && c > d --> e"),
                cue(3_728_000, 3_729_000, nil, "&amp; stays literal, as do <b>tags</b>"),
                cue(3_729_000, 3_730_000, "Speaker 1", "Names with digits survive in WebVTT"),
                cue(3_730_000, 3_731_000, nil, "NOTE not a comment\n00:00:01.000 --> 00:00:02.000 not a timing"),
            ]
        let written = WebVTTWriter().string(for: tricky)
        #expect(try WebVTTParser().parse(fileData(written)) == tricky)
    }

    @Test func srtRoundTrips() throws {
        let written = SRTWriter().string(for: Self.sample)
        #expect(try SRTParser().parse(fileData(written)) == Self.sample)
    }

    @Test func writersDropBlankLinesAndSkipEmptyCues() throws {
        let cues = [cue(1000, 2000, nil, "one\n\n  two  \n"), cue(2000, 3000, "Ann", " \n ")]
        let expected = [cue(1000, 2000, nil, "one\ntwo")]
        #expect(try WebVTTParser().parse(fileData(WebVTTWriter().string(for: cues))) == expected)
        #expect(try SRTParser().parse(fileData(SRTWriter().string(for: cues))) == expected)
    }

    @Test func writersClampNegativeTimes() {
        #expect(WebVTTWriter().string(for: [cue(-5, 10, nil, "x")]).contains("00:00:00.000 --> 00:00:00.010"))
        #expect(SRTWriter().string(for: [cue(-5, 10, nil, "x")]).contains("00:00:00,000 --> 00:00:00,010"))
    }
}
