import Foundation

/// Writes an `AtomFeed` as an Atom 1.0 (RFC 4287) XML document.
///
/// Every text and attribute value is escaped and cleaned of characters XML 1.0 forbids, so any title,
/// summary or HTML body (which goes in as escaped text, `type="html"`) yields a document feed readers accept.
public struct AtomFeedWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The feed as XML text, starting with the XML declaration and ending with a newline.
    public func xml(for feed: AtomFeed) -> String {
        var lines = [#"<?xml version="1.0" encoding="utf-8"?>"#]
        let language = feed.language.trimmingCharacters(in: .whitespacesAndNewlines)
        let languageAttribute = language.isEmpty ? "" : #" xml:lang="\#(XMLText.attribute(language))""#
        lines.append(#"<feed xmlns="http://www.w3.org/2005/Atom"\#(languageAttribute)>"#)
        lines.append("  " + element("id", feed.id))
        lines.append("  " + element("title", feed.title, type: "text"))
        if let subtitle = feed.subtitle, !isBlank(subtitle) {
            lines.append("  " + element("subtitle", subtitle, type: "text"))
        }
        lines.append("  " + element("updated", Self.timestamp(feed.updated)))
        lines.append("  " + link(rel: "self", type: "application/atom+xml", href: feed.feedURL))
        lines.append("  " + link(rel: "alternate", type: "text/html", href: feed.siteURL))
        // RFC 4287 wants an author on the feed unless every entry has one; the programme itself is a fair
        // author, and entries with an author of their own override it.
        lines.append("  " + author(feed.title))
        for entry in feed.entries {
            lines.append("  <entry>")
            lines.append("    " + element("id", entry.id))
            lines.append("    " + element("title", entry.title, type: "text"))
            lines.append("    " + link(rel: "alternate", type: "text/html", href: entry.url))
            lines.append("    " + element("published", Self.timestamp(entry.published)))
            lines.append("    " + element("updated", Self.timestamp(entry.updated)))
            if !isBlank(entry.authorName) { lines.append("    " + author(entry.authorName)) }
            if !isBlank(entry.summary) { lines.append("    " + element("summary", entry.summary, type: "text")) }
            if !isBlank(entry.contentHTML) {
                lines.append("    " + element("content", entry.contentHTML, type: "html"))
            }
            lines.append("  </entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An RFC 3339 timestamp in UTC with whole seconds: `2022-10-05T09:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    func element(_ name: String, _ text: String, type: String? = nil) -> String {
        let typeAttribute = type.map { #" type="\#($0)""# } ?? ""
        return "<\(name)\(typeAttribute)>\(XMLText.content(text))</\(name)>"
    }

    func link(rel: String, type: String, href: String) -> String {
        #"<link rel="\#(rel)" type="\#(type)" href="\#(XMLText.attribute(href))"/>"#
    }

    func author(_ name: String) -> String {
        "<author><name>\(XMLText.content(name))</name></author>"
    }

    func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
