import Testing
import ThreadlineMarkdown

@Suite("Markdown as a coder reads it")
struct ReadingTextTests {
    let renderer = MarkdownRenderer()

    private func slice(_ reading: ReadingText, _ block: ReadingBlock) -> String {
        let scalars = Array(reading.text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[block.start..<block.end])
        return String(view)
    }

    @Test("the text holds no Markdown punctuation, one line break between blocks, and each block knows its kind")
    func blocksAndText() {
        let reading = renderer.readingText(
            """
            ## What changed

            We met **every week** at [the hub](/places/hub).
            The *youth workers* came too.

            - first item
            - second item

            1. one
            2. two

            > quoted words

            ---

            <div>kept text</div>
            """)
        #expect(
            reading.text
                == "What changed\nWe met every week at the hub. The youth workers came too.\nfirst item\nsecond item\none\ntwo\nquoted words\nkept text"
        )
        #expect(
            reading.blocks.map(\.kind) == [
                .heading(level: 2), .paragraph, .listItem(number: nil), .listItem(number: nil), .listItem(number: 1),
                .listItem(number: 2), .paragraph, .paragraph,
            ])
        #expect(reading.blocks.map { slice(reading, $0) }.joined(separator: "\n") == reading.text)
        #expect(reading.blocks[6].quoteDepth == 1)
        #expect(reading.blocks[2].listDepth == 1)
    }

    @Test("styles cover their words: emphasis, strong, code, links, and strong inside emphasis")
    func styles() {
        let reading = renderer.readingText("Plain *soft **both** soft* `code` [link](/x) end")
        let block = try! #require(reading.blocks.first)
        let styled = block.spans.filter { !$0.style.isEmpty }.map { span -> (String, ReadingStyle) in
            let scalars = Array(reading.text.unicodeScalars)[span.start..<span.end]
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return (String(view), span.style)
        }
        #expect(styled.map(\.0) == ["soft ", "both", " soft", "code", "link"])
        #expect(styled[1].1 == [.emphasis, .strong])
        #expect(styled[3].1 == .code)
        #expect(styled[4].1 == .link)
        #expect(block.spans.first?.start == block.start)
        #expect(block.spans.last?.end == block.end)
    }

    @Test("positions count Unicode scalars, not bytes or UTF-16 units")
    func scalarPositions() {
        let reading = renderer.readingText("Café 👋🏽\n\n# Ünïcode")
        #expect(reading.text == "Café 👋🏽\nÜnïcode")
        #expect(reading.blocks.map(\.start) == [0, 8])
        #expect(reading.blocks.map(\.end) == [7, 15])
    }

    @Test("tables become rows with tab-separated cells; footnotes follow the text with their numbers")
    func tablesAndFootnotes() {
        let reading = renderer.readingText(
            """
            | Place | Change |
            |---|---|
            | Salford | more trust |

            A claim.[^a]

            [^a]: The source.
            """)
        #expect(reading.text == "Place\tChange\nSalford\tmore trust\nA claim.[1]\n[1] The source.")
        #expect(
            reading.blocks.map(\.kind) == [
                .tableRow(isHeader: true), .tableRow(isHeader: false), .paragraph, .footnote(number: 1),
            ])
    }

    @Test("a document of raw HTML only or a thematic break only has no text and no blocks")
    func empty() {
        #expect(renderer.readingText("---").blocks.isEmpty)
        #expect(renderer.readingText("<b></b>").text == "")
    }
}
