import Foundation
import Testing
import ThreadlineFormats

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an XML document into a simple tree, so tests can check what a real parser makes of the feed.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    /// One element: its name, attributes, text and children.
    final class Node {
        let name: String
        let attributes: [String: String]
        var text = ""
        var children: [Node] = []

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        func child(_ name: String) -> Node? { children.first { $0.name == name } }
        func all(_ name: String) -> [Node] { children.filter { $0.name == name } }
    }

    private var stack: [Node] = []
    private(set) var root: Node?
    private(set) var error: (any Error)?

    /// Parses `xml`; the root element, or `nil` (with `error` set) when it is not well-formed.
    static func parse(_ xml: String) -> (root: Node?, error: (any Error)?) {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.shouldProcessNamespaces = true
        parser.delegate = builder
        let ok = parser.parse()
        return (ok ? builder.root : nil, parser.parserError ?? builder.error)
    }

    func parser(
        _ parser: XMLParser,
        didStartElement elementName: String,
        namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let node = Node(name: elementName, attributes: attributes)
        stack.last?.children.append(node)
        if stack.isEmpty { root = node }
        stack.append(node)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = parseError
    }
}

@Suite("Atom feed writer")
struct AtomFeedWriterTests {
    static let published = Date(timeIntervalSince1970: 1_664_960_400)

    func feed(title: String = "Moving Together", entries: [AtomFeed.Entry]? = nil) -> AtomFeed {
        AtomFeed(
            id: "https://example.org/feed.atom",
            title: title,
            subtitle: "News from six places",
            siteURL: "https://example.org/",
            feedURL: "https://example.org/feed.atom",
            updated: Self.published.addingTimeInterval(3_600),
            language: "en-GB",
            entries: entries ?? [
                AtomFeed.Entry(
                    id: "https://example.org/news/autumn-update",
                    title: "Autumn update",
                    url: "https://example.org/news/autumn-update?from=feed&x=1",
                    published: Self.published,
                    updated: Self.published.addingTimeInterval(60),
                    summary: "What happened.",
                    contentHTML: "<p>Hello &amp; <em>welcome</em></p>",
                    authorName: "Sam O'Neill"
                ),
                AtomFeed.Entry(
                    id: "https://example.org/news/summer-update",
                    title: "Summer update",
                    url: "https://example.org/news/summer-update",
                    published: Self.published,
                    updated: Self.published
                ),
            ]
        )
    }

    @Test("the feed is well-formed Atom with every required element")
    func requiredElements() throws {
        let xml = AtomFeedWriter().xml(for: feed())
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="utf-8"?>"#))
        #expect(xml.hasSuffix("</feed>\n"))
        let parsed = XMLTreeBuilder.parse(xml)
        let root = try #require(parsed.root, "parse error: \(String(describing: parsed.error))")
        #expect(root.name == "feed")
        #expect(xml.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">"#))
        #expect(root.child("id")?.text == "https://example.org/feed.atom")
        #expect(root.child("title")?.text == "Moving Together")
        #expect(root.child("subtitle")?.text == "News from six places")
        #expect(root.child("updated")?.text == "2022-10-05T10:00:00Z")
        let links = Dictionary(uniqueKeysWithValues: root.all("link").map { ($0.attributes["rel"] ?? "", $0) })
        #expect(links["self"]?.attributes["href"] == "https://example.org/feed.atom")
        #expect(links["alternate"]?.attributes["href"] == "https://example.org/")
        #expect(root.child("author")?.child("name")?.text == "Moving Together")

        let entries = root.all("entry")
        #expect(entries.count == 2)
        let first = try #require(entries.first)
        #expect(first.child("id")?.text == "https://example.org/news/autumn-update")
        #expect(first.child("title")?.text == "Autumn update")
        #expect(first.child("link")?.attributes["href"] == "https://example.org/news/autumn-update?from=feed&x=1")
        #expect(first.child("published")?.text == "2022-10-05T09:00:00Z")
        #expect(first.child("updated")?.text == "2022-10-05T09:01:00Z")
        #expect(first.child("summary")?.text == "What happened.")
        #expect(first.child("content")?.attributes["type"] == "html")
        #expect(first.child("content")?.text == "<p>Hello &amp; <em>welcome</em></p>")
        #expect(first.child("author")?.child("name")?.text == "Sam O'Neill")
        // An entry without an author, summary or content leaves them out; the feed's author applies.
        let second = try #require(entries.last)
        #expect(second.child("author") == nil)
        #expect(second.child("summary") == nil)
        #expect(second.child("content") == nil)
    }

    @Test("markup in titles is escaped and reads back as the same text")
    func escaping() throws {
        let hostile = #"<script>alert("x")</script> & 'quotes'"#
        let entry = AtomFeed.Entry(
            id: "tag:example.org,2022:1", title: hostile, url: #"https://example.org/?q="><x>"#,
            published: Self.published, updated: Self.published, summary: "a\r\nb", authorName: "<b>Bold</b>"
        )
        let xml = AtomFeedWriter().xml(for: feed(title: #"<script>&""#, entries: [entry]))
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("&lt;script&gt;&amp;&quot;"))
        let root = try #require(XMLTreeBuilder.parse(xml).root)
        #expect(root.child("title")?.text == #"<script>&""#)
        let parsedEntry = try #require(root.child("entry"))
        #expect(parsedEntry.child("title")?.text == hostile)
        #expect(parsedEntry.child("link")?.attributes["href"] == #"https://example.org/?q="><x>"#)
        #expect(parsedEntry.child("summary")?.text == "a\r\nb")
        #expect(parsedEntry.child("author")?.child("name")?.text == "<b>Bold</b>")
    }

    @Test("characters XML 1.0 forbids are removed, so the feed still parses")
    func forbiddenCharacters() throws {
        let title = "Bell\u{7} back\u{8}space\u{0} form\u{C}feed\u{FFFE} tab\tkept"
        let xml = AtomFeedWriter().xml(for: feed(title: title, entries: []))
        let root = try #require(XMLTreeBuilder.parse(xml).root)
        #expect(root.child("title")?.text == "Bell backspace formfeed tab\tkept")
        #expect(root.all("entry").isEmpty)
    }

    @Test("a blank language or subtitle is left out")
    func optionalParts() throws {
        var plain = feed(entries: [])
        plain.language = " "
        plain.subtitle = nil
        let xml = AtomFeedWriter().xml(for: plain)
        #expect(!xml.contains("xml:lang"))
        #expect(!xml.contains("<subtitle"))
        #expect(XMLTreeBuilder.parse(xml).root != nil)
    }
}
