import Foundation
import Testing
import ThreadlineMarkdown

/// Inputs that make naive Markdown parsers quadratic or recurse without bound. There are no timing assertions;
/// the tests only have to finish with sane output.
@Suite("Pathological inputs")
struct PathologicalInputTests {
    let renderer = MarkdownRenderer()

    @Test func longEmphasisRuns() {
        let stars = String(repeating: "*", count: 10_000)
        #expect(renderer.html("a" + stars + "b").contains(stars))
        #expect(renderer.html(String(repeating: "*a ", count: 10_000)).hasPrefix("<p>*a *a"))
        #expect(renderer.html(String(repeating: "a* ", count: 10_000)).hasPrefix("<p>a* a*"))
        #expect(renderer.html(String(repeating: "_a *b ", count: 5_000)).hasPrefix("<p>_a *b"))
        let nested = String(repeating: "*", count: 5_000) + "x" + String(repeating: "*", count: 5_000)
        let html = renderer.html(nested)
        #expect(html.contains("x") && html.hasPrefix("<p><"))
    }

    @Test func deeplyNestedBrackets() {
        let open = String(repeating: "[", count: 5_000)
        #expect(renderer.html(open + "x").contains("[[[x"))
        #expect(renderer.html(open + "x" + String(repeating: "]", count: 5_000)).contains("x]]]"))
        let links = String(repeating: "[", count: 5_000) + "x" + String(repeating: "](/u)", count: 5_000)
        #expect(renderer.html(links).contains("<a href=\"/u\">x</a>"))
        let images = String(repeating: "![", count: 5_000) + "x" + String(repeating: "](/i)", count: 5_000)
        #expect(renderer.html(images).contains("alt=\"x\""))
    }

    @Test func deeplyNestedBlockQuotes() {
        let html = renderer.html(String(repeating: ">", count: 5_000) + " deep")
        #expect(html.hasPrefix("<blockquote>\n<blockquote>"))
        #expect(html.contains("deep"))
        let lines = (0..<300).map { String(repeating: "> ", count: $0) + "x" }.joined(separator: "\n")
        #expect(renderer.html(lines).contains("<blockquote>"))
    }

    @Test func deeplyNestedLists() {
        let markdown = (0..<300).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        #expect(renderer.html(markdown).contains("<li>item"))
    }

    @Test func unterminatedConstructs() {
        // Backtick runs of all different lengths: none can close another.
        let ticks = (1...700).map { String(repeating: "`", count: $0) }.joined(separator: "a")
        #expect(!renderer.html(ticks).contains("<code>"))
        #expect(renderer.html(String(repeating: "<!-- a", count: 10_000)).contains("&lt;!-- a"))
        #expect(renderer.html(String(repeating: "<a x=\"", count: 10_000)).contains("&lt;a x="))
        #expect(renderer.html(String(repeating: "[a](b \"", count: 10_000)).contains("[a](b"))
        #expect(renderer.html(String(repeating: "&#", count: 10_000)).contains("&amp;#"))
        #expect(renderer.html(String(repeating: "www.a.co)", count: 10_000)).contains("www.a.co"))
    }

    @Test func oneMegabyteDocument() {
        let chunk = """
            ## Section with *emphasis* and **strong** text

            A paragraph with [a link](https://example.com/path "title"), `code`, an image ![alt](/i.png),
            footnote-free text, www.example.org autolinks and some_snake_case words. Entities &amp; escapes \\*.

            - item one
            - item two with _emphasis_
              1. nested ordered
              2. second

            > quoted text
            > continues here

            | a | b |
            |---|---|
            | 1 | 2 |

            ```swift
            let value = 42
            ```


            """
        let document = String(repeating: chunk, count: 1_048_576 / chunk.utf8.count + 1)
        #expect(document.utf8.count >= 1_048_576)
        let html = renderer.html(document)
        #expect(
            html.contains(
                "<h2 id=\"section-with-emphasis-and-strong-text\">Section with <em>emphasis</em> and <strong>strong</strong> text</h2>"
            ))
        #expect(!renderer.plainText(document).isEmpty)
    }
}
