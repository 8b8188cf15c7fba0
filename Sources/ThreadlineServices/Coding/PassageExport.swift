public import Foundation
import ThreadlineCore
import ThreadlineFormats

/// A code's or a query's passages as files to take away (Taguette's highlights export, NVivo's coding report):
/// each passage with its source, place, enabler, codes, coders, time range and memos. A stretch of a recording coded
/// by time has no words: its row's passage is empty and its time says what was coded.
public enum PassageExport {
    /// The file kinds offered.
    public enum Format: String, Sendable, CaseIterable {
        case csv
        case html
        case docx

        /// The media type the file is served with.
        public var mediaType: String {
            switch self {
            case .csv: "text/csv; charset=utf-8"
            case .html: "text/html; charset=utf-8"
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

    /// The file of `passages` under `title` (the code's path or the query's description).
    public static func data(_ passages: [CodedPassage], title: String, format: Format) throws -> Data {
        switch format {
        case .csv: Data(csv(passages).utf8)
        case .html: Data(html(passages, title: title).utf8)
        case .docx: try DOCXDocumentWriter.data(title: title, blocks: blocks(passages))
        }
    }

    /// One row per passage, with a header row; every field guarded against spreadsheet formulas.
    public static func csv(_ passages: [CodedPassage]) -> String {
        var lines = ["source,kind,place,enabler,codes,coders,start,end,time,passage,memos"]
        for passage in passages {
            lines.append(
                [
                    passage.sourceTitle, passage.source.kind.singularName, passage.place ?? "", passage.enabler ?? "",
                    passage.codes.joined(separator: "; "), passage.coders.joined(separator: "; "),
                    String(passage.start), String(passage.end), passage.timeText ?? "", passage.text,
                    passage.memos.joined(separator: "\n"),
                ].map(CSVField.text).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A standalone, accessible HTML page: a heading per source, each passage a quotation with its details.
    public static func html(_ passages: [CodedPassage], title: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(title))</title>
            <style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:1rem auto;padding:0 1rem;color:#1b1f24}blockquote{border-left:4px solid #6b7280;margin:0 0 .5rem;padding-left:.75rem;white-space:pre-wrap}.meta{color:#4b5563;font-size:.9rem}</style>
            </head>
            <body>
            <h1>\(escaped(title))</h1>
            <p>\(passages.count) \(passages.count == 1 ? "passage" : "passages").</p>

            """
        var current: CodingSource?
        for passage in passages {
            if passage.source != current {
                current = passage.source
                let where_ = [passage.source.kind.singularName.capitalizedFirstLetter, passage.place, passage.enabler]
                    .compactMap { $0 }.joined(separator: " · ")
                html += "<h2>\(escaped(passage.sourceTitle))</h2>\n<p class=\"meta\">\(escaped(where_))</p>\n"
            }
            html +=
                passage.isTimeOnly
                ? "<p>\(escaped(recordingOnly))</p>\n<p class=\"meta\">"
                : "<blockquote>\(escaped(passage.text))</blockquote>\n<p class=\"meta\">"
            html += escaped(details(passage))
            html += "</p>\n"
            for memo in passage.memos { html += "<p><strong>Memo:</strong> \(escaped(memo))</p>\n" }
        }
        return html + "</body>\n</html>\n"
    }

    /// The blocks of the Word file: a heading per source, then each passage and its details.
    static func blocks(_ passages: [CodedPassage]) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var current: CodingSource?
        for passage in passages {
            if passage.source != current {
                current = passage.source
                blocks.append(.heading(level: 2, text: passage.sourceTitle))
                let where_ = [passage.source.kind.singularName.capitalizedFirstLetter, passage.place, passage.enabler]
                    .compactMap { $0 }.joined(separator: " · ")
                blocks.append(.paragraph(where_))
            }
            blocks.append(.paragraph(passage.isTimeOnly ? recordingOnly : "“\(passage.text)”"))
            blocks.append(.paragraph(details(passage)))
            for memo in passage.memos { blocks.append(.paragraph("Memo: \(memo)")) }
        }
        return blocks
    }

    /// What stands for the words of a stretch of recording coded by time, which has none.
    static let recordingOnly = "A stretch of the recording, with no transcript."

    private static func details(_ passage: CodedPassage) -> String {
        var parts = [passage.codes.joined(separator: ", "), "coded by " + passage.coders.joined(separator: ", ")]
        parts.append(passage.timeText ?? "characters \(passage.start)–\(passage.end)")
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension String {
    fileprivate var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
