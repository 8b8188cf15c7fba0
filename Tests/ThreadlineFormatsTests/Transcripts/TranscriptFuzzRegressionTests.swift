import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

/// Inputs that the libFuzzer targets in `Fuzz/` found breaking a transcript parser's promise, kept so the fixes stay
/// fixed: each file either reads, and reads back the same after being written, or is refused with problems on real
/// lines.
@Suite("Transcript fuzz regressions")
struct TranscriptFuzzRegressionTests {
    /// Parses, writes and parses again, returning both cue lists; fails the test when the written file is refused.
    static func roundTrip(
        _ data: Data, parse: (Data) throws(TranscriptParseError) -> [TranscriptCue],
        write: ([TranscriptCue]) -> String
    ) throws -> (read: [TranscriptCue], reread: [TranscriptCue]) {
        let read = try parse(data)
        let reread = try parse(Data(write(read).utf8))
        return (read, reread)
    }

    static func webVTT(_ data: Data) throws -> (read: [TranscriptCue], reread: [TranscriptCue]) {
        try roundTrip(
            data, parse: { data throws(TranscriptParseError) in try WebVTTParser().parse(data) },
            write: { WebVTTWriter().string(for: $0) })
    }

    @Test(
        "a speaker's name keeps whitespace the parser does not collapse (vertical tab, no-break space)",
        arguments: [("Ann\u{0B}Lee", "<v Ann\u{0B}Lee>"), ("Ann\u{A0}Lee", "<v Ann&nbsp;Lee>")])
    func speakerWhitespace(name: String, span: String) throws {
        let file = fileData("WEBVTT\n\n00:01.000 --> 00:02.000\n\(span)Hello\n")
        let (read, reread) = try Self.webVTT(file)
        #expect(read == [cue(1000, 2000, name, "Hello")])
        #expect(reread == read)
    }

    @Test("a speaker's name ending in '--' is written so that the span's '>' does not make a '-->' timing")
    func speakerEndingInDashes() throws {
        let file = fileData("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann -- >Hello\n")
        let (read, reread) = try Self.webVTT(file)
        #expect(read == [cue(1000, 2000, "Ann --", "Hello")])
        #expect(reread == read)
        #expect(!WebVTTWriter().string(for: read).contains("-->Hello"))
    }

    @Test("the fuzzer's WebVTT input: NULs and a voice span running over several lines, ending in '--'")
    func fuzzerWebVTTInput() throws {
        let base64 =
            "V0VCVlRUCgowMDowMC4wMDAgLS0+IDAwOjA0LjQ3Nwo8diBJbgAAAAA7AAAADGFyaD5XdCBjaGFuZ2hhbmdlZCB3aEVCVlRUCldFQlZUVAoK"
            + "MDA6MDAuMDAwIC0tPiAwMDowNC40NzcKPHYgSW4AAAAAAAAADFNlcXVlbmNjaGFuZ2hhbmdlZCB3aEVCVlQKVAowMDowMC4wMDAgLS0gPjAw"
            + "OjA0LjQ3NwpXRUJkIHlvdXRlcnZpZXdlcjcKPHYgSW50ZT5XamF0IGNoYW5nZWQgd2hlbiB0aGV3aGVuIHBhcnRuZXJzIE9wdGkKPHYgSW50"
            + "ZT5XamF0IGNoYW5nZWQAAAAAAABtIMSJ37RudGVydmlld2VyNwo8diBJbnRlPldqYXQgY2hhbmdlZCB3aGVuIHRoZXdoZW4gcGFydG5lcnMg"
            + "c2Vlcg=="
        let data = try #require(Data(base64Encoded: base64))
        let (read, reread) = try Self.webVTT(data)
        #expect(read.count == 2)
        #expect(read.last?.speaker?.hasSuffix("--") == true)
        #expect(reread == read)
    }

    @Test("an SRT text line of digits before a line holding '-->' does not read back as a new cue")
    func srtNumberLineInText() throws {
        let file = fileData("1\n00:00:01,000 --> 00:00:02,000\n<i>7</i>\nsee 00:00:03,000 --> later\n")
        let (read, reread) = try Self.roundTrip(
            file, parse: { data throws(TranscriptParseError) in try SRTParser().parse(data) },
            write: { SRTWriter().string(for: $0) })
        #expect(read == [cue(1000, 2000, nil, "7\nsee 00:00:03,000 --> later")])
        #expect(reread == read)
        #expect(SRTWriter().string(for: read).contains("<i></i>7\n"))
    }

    @Test("the fuzzer's SRT input: a voice span left a bare number before a broken timing line")
    func fuzzerSRTInput() throws {
        let base64 =
            "MQowMDowMDowMSwwMDAgLS0+IDAwOjAwOjA0LDUwMApBTk46IEhlbGxvIDxpPnRoZXJlPC9pPgoKMgowMDowMDowNS4wMDAgLS0+IDAwOjAw"
            + "OjA3LDI1MCBYMTo0MCBYMjppbmUgdHdvCjN3MDA6MDA6MDgsMDAwIC0tPj0wMDowMDowOSwwMDAKPHYgQm9iPjEKMDA6MDA6MDEsMDAwVCAt"
            + "LT4gMDA6MDBoLzowNCw1MHIwCmQ="
        let data = try #require(Data(base64Encoded: base64))
        let (read, reread) = try Self.roundTrip(
            data, parse: { data throws(TranscriptParseError) in try SRTParser().parse(data) },
            write: { SRTWriter().string(for: $0) })
        // SRT keeps a speaker only as a `Name: ` prefix, so the prefix and text are compared together.
        let spoken = { (cue: TranscriptCue) in (cue.speaker.map { "\($0): " } ?? "") + cue.text }
        #expect(read.count == 2)
        #expect(reread.map(\.startMs) == read.map(\.startMs))
        #expect(reread.map(spoken) == read.map(spoken))
    }

    @Test("an SRT line holding only tags leaves no blank line inside the cue's text")
    func tagOnlyLines() throws {
        let srt = fileData("1\n00:00:01,000 --> 00:00:02,000\nRed\n<font color=\"red\">\nSecond</font>\n")
        let (read, reread) = try Self.roundTrip(
            srt, parse: { data throws(TranscriptParseError) in try SRTParser().parse(data) },
            write: { SRTWriter().string(for: $0) })
        #expect(read == [cue(1000, 2000, nil, "Red\nSecond")])
        #expect(reread == read)
    }

    @Test("the fuzzer's SRT input whose `<font>` line came back as a blank line")
    func fuzzerSRTTagOnlyLine() throws {
        let base64 =
            "MQowMDowMDowMSwwMDAgLS0+IDAwOjAwOjA0LDUwMApBTk46IEhlbGxvIABiPnRoZVhyZSAAaT4yOjYwMCBZMToyMCBZMjo1MAo8Zm9udCRj"
            + "TmxvcjAgLS0+IDAwOiQwMDowQm9vMDAKcXFxcXFxcXFxPzFxQSN+TjogSFkyOjUwCjwAAAAAAAAAJ29yPSJyZWQwMCAtLSI+UygAZWNvbmQ8"
            + "L2ZvCjxmb250IGNvbG9yPSJyZWQiPgo8ZlNlY29uZDwvZm9uZAA="
        let data = try #require(Data(base64Encoded: base64))
        let (read, reread) = try Self.roundTrip(
            data, parse: { data throws(TranscriptParseError) in try SRTParser().parse(data) },
            write: { SRTWriter().string(for: $0) })
        #expect(read.allSatisfy { !$0.text.contains("\n\n") })
        #expect(reread == read)
    }

    @Test("text that becomes a tag once an inner tag is removed is written so that it reads back as text")
    func srtTagFormedByRemoval() throws {
        let file = fileData("1\n00:00:01,000 --> 00:00:02,000\nHello\n<v B<v Ann>>there\n")
        let (read, reread) = try Self.roundTrip(
            file, parse: { data throws(TranscriptParseError) in try SRTParser().parse(data) },
            write: { SRTWriter().string(for: $0) })
        #expect(read == [cue(1000, 2000, "Ann", "Hello\n<v B>there")])
        #expect(reread == read)
        #expect(SRTWriter().string(for: read).contains("<<i></i>v B>there"))
    }
}
