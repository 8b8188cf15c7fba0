import FuzzSupport
import ThreadlineCore
import ThreadlineFormats

// One SRT file per input: parsed, checked, written back and re-read. SRT keeps a speaker only as a `Name: ` prefix,
// which the parser reads back only when the name fits its heuristic, so the round trip compares the times and the
// prefix and text together.
FuzzDriver.run { data in
    TranscriptCheck.run(
        data,
        parse: { data throws(TranscriptParseError) in try SRTParser().parse(data) },
        write: { SRTWriter().string(for: $0) },
        normalise: { cue in
            let prefix = cue.speaker.map { "\($0): " } ?? ""
            return TranscriptCue(startMs: cue.startMs, endMs: cue.endMs, text: prefix + cue.text)
        })
}
