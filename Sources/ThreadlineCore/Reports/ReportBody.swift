import Foundation

/// A report section's Markdown with its embed lines found and replaced by markers the renderer leaves alone.
///
/// An embed is a line that holds nothing but `{{name argument}}` (spaces around it allowed), outside fenced code.
/// Each becomes a paragraph holding only a marker, `U+E010 token-index U+E011`; after the Markdown is rendered the
/// paragraph `<p>marker</p>` is swapped for the embed's HTML. Doing it this way, rather than rendering the text
/// between embeds piece by piece, keeps footnotes and reference links working across a whole section. The token is
/// random for each scan, so no text — typed, written as character references, or quoted from elsewhere — can match
/// a marker. Line endings are normalised first (`\r\n` and `\r` become `\n`).
public struct ReportBody: Sendable {
    /// The Markdown to render, with a marker paragraph where each embed was.
    public private(set) var markdown: String = ""
    /// The Markdown with the embed lines left out: the section's own words, for search and summaries.
    public private(set) var markdownWithoutEmbeds: String = ""
    /// The embeds, in order; a marker's index points into this list.
    public private(set) var embeds: [ReportEmbed] = []
    /// Lines that looked like embeds but could not be read.
    public private(set) var problems: [ReportBodyProblem] = []
    /// The random part of this scan's markers.
    public let token: String

    /// Marks the start of an embed marker.
    public static let markerStart: Character = "\u{E010}"
    /// Marks the end of an embed marker.
    public static let markerEnd: Character = "\u{E011}"

    /// Scans `source`.
    public init(_ source: String) {
        token = String(UUID().uuidString.filter(\.isHexDigit).prefix(16))
        var output: [Substring] = []
        var fence: (character: Character, length: Int)?
        var lineNumber = 0
        let cleaned = source.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in cleaned.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if Self.fenceRun(trimmed).map({ $0.character == open.character && $0.length >= open.length }) == true,
                    trimmed.dropFirst(open.length).allSatisfy({ $0 == open.character || $0 == " " || $0 == "\t" })
                {
                    fence = nil
                }
                output.append(line)
                continue
            }
            if line.prefix(while: { $0 == " " }).count < 4, let run = Self.fenceRun(trimmed), run.length >= 3 {
                fence = run
                output.append(line)
                continue
            }
            let content = trimmed.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed()
            let text = String(content)
            guard text.hasPrefix("{{"), text.hasSuffix("}}"), text.count >= 4 else {
                output.append(line)
                continue
            }
            switch Self.embed(in: String(text.dropFirst(2).dropLast(2))) {
            case .success(let embed):
                output.append("")
                output.append(Substring(marker(embeds.count)))
                output.append("")
                embeds.append(embed)
            case .failure(let message):
                problems.append(ReportBodyProblem(line: lineNumber, message: message.text))
                output.append(line)
            }
        }
        markdown = output.joined(separator: "\n")
        let prefix = "\(Self.markerStart)\(token)-"
        markdownWithoutEmbeds = output.filter { !$0.hasPrefix(prefix) }.joined(separator: "\n")
    }

    /// The text of a failed embed line (a typed error keeps `Result` happy).
    struct Message: Error {
        var text: String
    }

    private static func embed(in inner: String) -> Result<ReportEmbed, Message> {
        let parts = inner.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let name = parts.first.map({ $0.lowercased() }) else {
            return .failure(Message(text: "\"{{}}\" is empty; write for example {{clip ID}}."))
        }
        let argument = parts.dropFirst().joined(separator: " ")
        let known = ReportEmbed.names.joined(separator: ", ")
        switch name {
        case "questions":
            guard argument.isEmpty else {
                return .failure(Message(text: "{{questions}} takes nothing after the name."))
            }
            return .success(.questions)
        case "clip":
            guard let id = Clip.ID(argument) else {
                return .failure(Message(text: "\"\(argument)\" is not a clip ID; write {{clip ID}}, the ID a UUID."))
            }
            return .success(.clip(id))
        case "story", "case-study", "journey":
            guard Slug.problem(with: argument, field: "") == nil else {
                return .failure(
                    Message(text: "\"\(argument)\" is not a URL name; write {{\(name) url-name}}."))
            }
            switch name {
            case "story": return .success(.story(slug: argument))
            case "case-study": return .success(.caseStudy(slug: argument))
            default: return .success(.journey(placeSlug: argument))
            }
        default:
            return .failure(Message(text: "\"{{\(inner)}}\" is not an embed; the embeds are \(known)."))
        }
    }

    /// A run of three or more backticks or tildes at the start of `line`, as CommonMark opens a code fence.
    private static func fenceRun(_ line: Substring) -> (character: Character, length: Int)? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let length = line.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`", line.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    /// The marker for embed `index`.
    func marker(_ index: Int) -> String {
        "\(Self.markerStart)\(token)-\(index)\(Self.markerEnd)"
    }

    /// The marker for embed `index`, as it appears in rendered HTML inside its own paragraph.
    public func markerParagraph(_ index: Int) -> String {
        "<p>\(marker(index))</p>"
    }
}
