import FuzzSupport
import ThreadlineFormats

// One WebVTT file per input: parsed, checked, written back and re-read.
FuzzDriver.run { data in
    TranscriptCheck.run(
        data,
        parse: { data throws(TranscriptParseError) in try WebVTTParser().parse(data) },
        write: { WebVTTWriter().string(for: $0) })
}
