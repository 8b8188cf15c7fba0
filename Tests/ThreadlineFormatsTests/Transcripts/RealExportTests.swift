import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

/// Transcript files in the shapes real tools write them (streaming services, Zoom, Teams, YouTube, Otter, Descript,
/// a video editor, typed notes), kept under `Fixtures/`, and what Threadline makes of each: the cues and the notes.
/// Each file is read twice: by its format's parser, and as a person's upload with only its name to go on.
@Suite("Transcripts: real exports")
struct RealExportTests {
    /// The bytes of a file under `Fixtures/`.
    static func fixture(_ name: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"), "no fixture \(name)")
        return try Data(contentsOf: url)
    }

    /// Reads a fixture with its format's parser and again by its name, checking both agree, and returns the reading.
    static func read(_ name: String, as format: TranscriptFormat) throws -> TranscriptReading {
        let data = try fixture(name)
        let reading = try format.read(data)
        let detected = try DetectedTranscript(reading: data, fileName: name)
        #expect(detected.format == format)
        #expect(detected.reading == reading)
        return reading
    }

    static func notes(_ reading: TranscriptReading) -> [String] {
        reading.notes.map(\.description)
    }

    @Test("A streaming service's WebVTT: lines of spaces between cues, position settings, a header map")
    func streamingService() throws {
        let reading = try Self.read("streaming-service.vtt", as: .webVTT)
        #expect(
            reading.cues == [
                cue(1251, 3920, nil, "[soft music]"),
                cue(4421, 7007, nil, "We opened the hub in the old library\non Castle Street."),
                cue(7508, 10135, nil, "Parents & carers came on the first day."),
                cue(10636, 13263, nil, "- Did anyone expect that?\n- Nobody did."),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("Zoom's transcript: numbered cues whose text starts with the speaker's name")
    func zoom() throws {
        let reading = try Self.read("zoom-recording.vtt", as: .webVTT)
        #expect(
            reading.cues == [
                cue(2310, 6870, "Amina Okafor", "Thanks for joining. Can everyone hear me?"),
                cue(7140, 11020, "Tom Reyes", "Yes, loud and clear."),
                cue(11560, 18900, "Amina Okafor", "Good. Let's start with what changed at the food bank since March."),
                cue(
                    19300, 25480, "Tom Reyes",
                    "The referral forms are shared now, so families only tell their story once."),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("Teams' transcript: a byte order mark, CRLF, long identifiers and closed voice spans")
    func teams() throws {
        let reading = try Self.read("teams-meeting.vtt", as: .webVTT)
        #expect(
            reading.cues == [
                cue(3120, 6480, "Priya Shah", "Good morning, all. Shall we begin?"),
                cue(
                    7010, 12650, "Daniel O'Neill", "Before we do, the minutes from last time\nare on the shared drive."),
                cue(13200, 15900, "Priya Shah", "Thanks, Daniel."),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("YouTube's automatic captions: word timing tags are dropped, and each line is kept once, not rolled")
    func youTubeAutomatic() throws {
        let reading = try Self.read("youtube-auto-captions.vtt", as: .webVTT)
        #expect(
            reading.cues == [
                cue(160, 2869, nil, "so we started meeting weekly"),
                cue(2879, 5910, nil, "and the young people came"),
            ])
        #expect(
            Self.notes(reading) == [
                "line 9: YouTube's automatic captions repeat each line as the next rolls in: from this cue on, 3 lines "
                    + "repeating the cue before were left out, and 2 cues holding nothing else were skipped"
            ])
    }

    @Test("An edited WebVTT: a cue out of order is sorted and a cue without text skipped, each with a note")
    func editedOutOfOrder() throws {
        let reading = try Self.read("edited-out-of-order.vtt", as: .webVTT)
        #expect(
            reading.cues == [
                cue(1000, 4000, "Interviewer", "What did the market hall give you?"),
                cue(4500, 8500, "Stallholder", "A pitch I could afford, first of all."),
                cue(9000, 12500, "Stallholder", "Somewhere warm to start again."),
                cue(14500, 17000, "Interviewer", "Thank you."),
            ])
        #expect(
            Self.notes(reading) == [
                "line 14: this cue starts at 00:00:04.500, before the cue on line 10, which starts at 00:00:09.000; "
                    + "the cues were sorted by start time",
                "line 18: this cue has no text; it was skipped",
            ])
    }

    @Test("A WebVTT file with only its header is an empty transcript, and says so")
    func headerOnly() throws {
        let reading = try Self.read("header-only.vtt", as: .webVTT)
        #expect(reading.cues.isEmpty)
        #expect(Self.notes(reading) == ["line 1: the file has a WEBVTT header but no cues, so the transcript is empty"])
    }

    @Test("Otter's SRT: CRLF; its 'Speaker N:' labels stay in the text, as the speaker heuristic takes no numbers")
    func otter() throws {
        let reading = try Self.read("otter-export.srt", as: .srt)
        #expect(
            reading.cues == [
                cue(0, 4620, nil, "Speaker 1: So tell me how the partnership board started."),
                cue(
                    5110, 12380, nil,
                    "Speaker 2: It started as a WhatsApp group, honestly. Six of us who kept meeting at the same school "
                        + "gate."),
                cue(12900, 15040, nil, "Speaker 1: And when did it become formal?"),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("Descript's SRT: wrapped lines, a cue whose words were cut, two cues swapped")
    func descript() throws {
        let reading = try Self.read("descript-export.srt", as: .srt)
        #expect(
            reading.cues == [
                cue(500, 3250, nil, "The council gave us the keys\nin the end."),
                cue(4300, 7900, nil, "We painted it ourselves over\ntwo weekends."),
                cue(8000, 10750, nil, "That's when it felt real."),
            ])
        #expect(
            Self.notes(reading) == [
                "line 7: this cue has no text; it was skipped",
                "line 14: this cue starts at 00:00:04,300, before the cue on line 10, which starts at 00:00:08,000; "
                    + "the cues were sorted by start time",
            ])
    }

    @Test("A video editor's SRT: a byte order mark, font and italic tags, no final line break")
    func videoEditor() throws {
        let reading = try Self.read("video-editor.srt", as: .srt)
        #expect(
            reading.cues == [
                cue(62003, 65000, "NARRATOR", "Spring, 2023."),
                cue(65500, 69250, nil, "The first family moved in on a Tuesday."),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("YouTube Studio's SBV: '>>' marks a new speaker and is dropped; the name before ':' is the speaker")
    func youTubeStudio() throws {
        let reading = try Self.read("youtube-studio.sbv", as: .sbv)
        #expect(
            reading.cues == [
                cue(599, 4160, "INTERVIEWER", "What was the first thing\nyou noticed?"),
                cue(4160, 8770, "RESIDENT", "The lights were on\nin the community room again."),
                cue(9100, 11000, nil, "[laughter]"),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("A long SBV saved on Windows: a byte order mark, CRLF, hours past nine, a line of spaces between cues")
    func youTubeLong() throws {
        let reading = try Self.read("youtube-long.sbv", as: .sbv)
        let hour = 3_600_000
        #expect(
            reading.cues == [
                cue(9 * hour + 3_598_000, 10 * hour + 1500, nil, "We kept the recording going"),
                cue(10 * hour + 2000, 10 * hour + 4250, nil, "until the very end of the night."),
            ])
        #expect(reading.notes.isEmpty)
    }

    @Test("Typed notes: a stamp added out of order is sorted before cues are ended; a bare stamp is a pause")
    func typedNotes() throws {
        let reading = try Self.read("typed-notes.txt", as: .timestampedText)
        let last = "By June we had forty young people."
        #expect(
            reading.cues == [
                cue(5000, 11000, "Interviewer", "How did the Friday sessions start?"),
                cue(11000, 20000, "Lead", "A parent asked if we could stay open late."),
                cue(20000, 31000, "Lead", "We tried it for a month first."),
                cue(40000, 40000 + last.count * TimestampedTextParser.lastCueDurationPerCharacterMs, "Lead", last),
            ])
        #expect(
            Self.notes(reading) == [
                "line 3: this timestamp has no text after it; it ends the cue before it, and no cue was made from it",
                "line 5: this timestamp (00:00:20.000) is earlier than the one on line 4 (00:00:40.000); "
                    + "the cues were sorted by time",
            ])
    }
}
