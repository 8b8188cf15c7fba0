import Foundation
import ThreadlineCore
import ThreadlineFormats

/// The UTF-8 bytes of `text`, as a transcript file would hold them.
func fileData(_ text: String) -> Data {
    Data(text.utf8)
}

/// The problems a parse reports, or `nil` when it succeeds.
func problems(_ parse: () throws(TranscriptParseError) -> [TranscriptCue]) -> [TranscriptProblem]? {
    do {
        _ = try parse()
        return nil
    } catch {
        return error.problems
    }
}

func cue(_ startMs: Int, _ endMs: Int, _ speaker: String?, _ text: String) -> TranscriptCue {
    TranscriptCue(startMs: startMs, endMs: endMs, speaker: speaker, text: text)
}
