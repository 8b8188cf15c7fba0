import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("WebVTT parser: well-formed files")
struct WebVTTParserTests {
    let parser = WebVTTParser()

    @Test func readsCuesWithIdentifiersAndHeader() throws {
        let file = """
            WEBVTT - Youth centre interview
            Kind: captions
            Language: en-GB

            intro
            00:00:05.000 --> 00:00:09.250
            <v Interviewer>What changed?

            2
            00:00:09.250 --> 00:00:15.000
            <v Youth worker>We started meeting weekly.
            """
        let cues = try parser.parse(fileData(file))
        #expect(
            cues == [
                cue(5000, 9250, "Interviewer", "What changed?"),
                cue(9250, 15000, "Youth worker", "We started meeting weekly."),
            ]
        )
    }

    @Test func acceptsByteOrderMarkAndCRLF() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(fileData("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nFirst line\r\nsecond line\r\n\r\n"))
        data.append(fileData("00:03.000 --> 00:04.000\r\nNext\r\n"))
        let cues = try parser.parse(data)
        #expect(cues == [cue(1000, 2000, nil, "First line\nsecond line"), cue(3000, 4000, nil, "Next")])
    }

    @Test func acceptsCarriageReturnLineEndings() throws {
        let cues = try parser.parse(fileData("WEBVTT\r\r00:01.000 --> 00:02.000\rOne\rTwo\r"))
        #expect(cues == [cue(1000, 2000, nil, "One\nTwo")])
    }

    @Test func readsTimestampsWithAndWithoutHours() throws {
        let file = """
            WEBVTT

            00:59.999 --> 01:00:00.000
            a

            1:00:00.000 --> 123:04:05.678
            b
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.map(\.startMs) == [59_999, 3_600_000])
        #expect(cues.map(\.endMs) == [3_600_000, ((123 * 60 + 4) * 60 + 5) * 1000 + 678])
    }

    @Test func ignoresCueSettings() throws {
        let file = """
            WEBVTT

            00:00:01.000 --> 00:00:02.000 align:start position:10%,line-left line:0 size:35% region:fred
            Settings do not matter
            00:00:03.000-->00:00:04.000\tvertical:rl
            Nor does spacing
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues == [cue(1000, 2000, nil, "Settings do not matter"), cue(3000, 4000, nil, "Nor does spacing")])
    }

    @Test func skipsNoteStyleAndRegionBlocks() throws {
        let file = """
            WEBVTT

            REGION
            id:fred
            width:40%

            STYLE
            ::cue { color: yellow }

            NOTE This note
            spans three lines
            and is not a cue

            00:00:01.000 --> 00:00:02.000
            Spoken words

            NOTE
            A note between cues

            00:00:03.000 --> 00:00:04.000
            More words
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.map(\.text) == ["Spoken words", "More words"])
    }

    @Test func startsANewCueAtAnArrowLineWithoutBlankLine() throws {
        let file = """
            WEBVTT
            00:00:01.000 --> 00:00:02.000
            First
            00:00:02.000 --> 00:00:03.000
            Second
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues == [cue(1000, 2000, nil, "First"), cue(2000, 3000, nil, "Second")])
    }

    @Test func readsVoiceSpansWithClasses() throws {
        let file = """
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            <v.loud.first   Mary   Ellen >Hello</v>

            00:00:02.000 --> 00:00:03.000
            <v Ann>Hi,</v> <v Ben>hello</v>

            00:00:03.000 --> 00:00:04.000
            <v>Nameless voice
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.map(\.speaker) == ["Mary Ellen", "Ann", nil])
        #expect(cues.map(\.text) == ["Hello", "Hi, hello", "Nameless voice"])
    }

    @Test func stripsNestedAndUnknownTags() throws {
        let file = """
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            <c.yellow><b>Bold <i>and <u>under</u></i></b></c> <lang en-GB>word</lang>
            <ruby>漢<rt>kan</rt></ruby> <00:00:02.000>later <blink>odd</blink> <>empty</>
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.first?.text == "Bold and under word\n漢kan later odd empty")
    }

    @Test func decodesCharacterReferences() throws {
        let file = """
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            Fish &amp; chips &lt;3 &gt; a&nbsp;b &lrm;x&rlm; &#65;&#x42;&#X43; &#0; &#x110000; &unknown; & bare &amp
            """
        let cues = try parser.parse(fileData(file))
        let expected =
            "Fish & chips <3 > a\u{A0}b \u{200E}x\u{200F} ABC \u{FFFD} \u{FFFD} &unknown; & bare &amp"
        #expect(cues.first?.text == expected)
    }

    @Test func decodesReferencesInVoiceNames() throws {
        let cues = try parser.parse(fileData("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Tom &amp; Jerry>Hi"))
        #expect(cues.first?.speaker == "Tom & Jerry")
    }

    @Test func keepsMultiLineCuesAndTrimsLines() throws {
        let file = "WEBVTT\n\n00:01.000 --> 00:02.000\n  one  \ntwo\n\t\nthree\n"
        let cues = try parser.parse(fileData(file))
        #expect(cues.first?.text == "one\ntwo\n\nthree")
    }

    @Test func takesSpeakerFromNamePrefix() throws {
        let file = """
            WEBVTT

            00:00:01.000 --> 00:00:02.000
            Youth worker: We <i>started</i> meeting weekly.

            00:00:02.000 --> 00:00:03.000
            DR SMITH: It helped.

            00:00:03.000 --> 00:00:04.000
            Note: the time is 10:30

            00:00:04.000 --> 00:00:05.000
            <v Ann>Interviewer: a voice span wins

            00:00:05.000 --> 00:00:06.000
            Interviewer&#58; not a speaker
            """
        let cues = try parser.parse(fileData(file))
        #expect(cues.map(\.speaker) == ["Youth worker", "DR SMITH", nil, "Ann", nil])
        #expect(
            cues.map(\.text) == [
                "We started meeting weekly.", "It helped.", "Note: the time is 10:30", "Interviewer: a voice span wins",
                "Interviewer: not a speaker",
            ]
        )
    }

    @Test func readsEqualStartTimesAsInOrder() throws {
        let file = "WEBVTT\n\n00:01.000 --> 00:03.000\nA\n\n00:01.000 --> 00:02.000\nB\n"
        #expect(try parser.parse(fileData(file)).count == 2)
    }
}
