import Foundation
import ThreadlineCore
import ThreadlineFormats

/// Reads a transcript in any supported format, turning every parse problem into a field problem named by its
/// line (`line 12`), which both the API (422, `validation_failed`) and the workspace form show.
public enum TranscriptImport {
    /// The formats a person may name: `vtt`, `srt` or `text`; anything else is detected from the content.
    public static func parse(_ data: Data, format: String?, fileName: String?, durationMs: Int?) throws(ValidationError)
        -> [TranscriptCue]
    {
        let chosen: TranscriptFormat?
        switch format?.lowercased() {
        case "vtt", "webvtt": chosen = .webVTT
        case "srt": chosen = .srt
        case "text", "txt": chosen = .timestampedText
        case nil, "": chosen = TranscriptFormat.detect(data: data, fileName: fileName)
        case let other?:
            throw ValidationError([
                FieldProblem(field: "format", message: "\"\(other)\" is not a transcript format: use vtt, srt or text.")
            ])
        }
        guard let chosen else {
            throw ValidationError([
                FieldProblem(
                    field: "transcript",
                    message: "This is not WebVTT, SRT or text with [hh:mm:ss] stamps; nothing was stored.")
            ])
        }
        do {
            switch chosen {
            case .webVTT: return try WebVTTParser().parse(data)
            case .srt: return try SRTParser().parse(data)
            case .timestampedText: return try TimestampedTextParser().parse(data, totalDurationMs: durationMs)
            }
        } catch {
            throw ValidationError(
                error.problems.map { FieldProblem(field: "line \($0.line)", message: $0.message) })
        }
    }
}
