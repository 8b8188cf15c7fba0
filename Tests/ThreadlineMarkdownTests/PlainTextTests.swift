import Testing
import ThreadlineMarkdown

/// `plainText(_:)`: no markup, decoded entities, one line per block.
@Suite("Plain text rendering")
struct PlainTextTests {
    let renderer = MarkdownRenderer()

    @Test func stripsInlineMarkup() {
        let text = renderer.plainText("# Hello *world*\n\nSome **bold**, `code`, [a link](/x) and ![an image](/i.png).")
        #expect(text == "Hello world\nSome bold, code, a link and an image.")
    }

    @Test func decodesEntitiesAndEscapes() {
        let text = renderer.plainText("Caf&eacute; &amp; &#x263A; \\*not emphasis\\* &lt;tag&gt;")
        #expect(text == "Café & ☺ *not emphasis* <tag>")
    }

    @Test func softBreaksBecomeSpacesAndHardBreaksNewlines() {
        #expect(renderer.plainText("one\ntwo  \nthree\\\nfour") == "one two\nthree\nfour")
    }

    @Test func blocksAreSeparatedByNewlines() {
        let markdown = """
            Intro

            > quoted

            - one
            - two

            ```swift
            let x = 1
            ```

            ---
            End
            """
        #expect(renderer.plainText(markdown) == "Intro\nquoted\none\ntwo\nlet x = 1\nEnd")
    }

    @Test func dropsRawHTML() {
        #expect(renderer.plainText("a <b>bold</b> move <!-- note -->") == "a bold move")
        #expect(renderer.plainText("<div class=\"x\">\nInside &amp; out\n</div>") == "Inside & out")
        #expect(renderer.plainText("<script>\nalert(1)\n</script>\n\nafter") == "after")
    }

    @Test func tablesUseTabsBetweenCells() {
        #expect(renderer.plainText("| a | b |\n|---|---|\n| 1 | *2* |") == "a\tb\n1\t2")
    }

    @Test func footnotesAreNumberedAndListedAtTheEnd() {
        let text = renderer.plainText("Claim[^src].\n\n[^src]: A *source*.")
        #expect(text == "Claim[1].\n[1] A source.")
    }

    @Test func taskMarkersAreDropped() {
        #expect(renderer.plainText("- [x] done\n- [ ] open") == "done\nopen")
    }

    @Test func unsafeLinksStillContributeText() {
        #expect(renderer.plainText("[click](javascript:alert(1)) <https://example.com>") == "click https://example.com")
    }

    @Test func emptyInput() {
        #expect(renderer.plainText("") == "")
        #expect(renderer.html("") == "")
    }
}
