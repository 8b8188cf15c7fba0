import Foundation
import Testing
import ThreadlineMarkdown

/// Heading ids, id prefixes, external-link `rel`, the `tel:` scheme and excerpts.
@Suite("Anchors, links and excerpts")
struct AnchorAndLinkTests {
    let renderer = MarkdownRenderer()

    @Test func headingsGetSlugIDs() {
        #expect(
            renderer.html("# Why trust *matters*") == "<h1 id=\"why-trust-matters\">Why trust <em>matters</em></h1>\n")
        #expect(
            renderer.html("## Stockport's  steering_group — 2022")
                == "<h2 id=\"stockports-steering-group-2022\">Stockport&#39;s  steering_group — 2022</h2>\n")
    }

    @Test func headingIDsAreStableAndUnique() {
        let markdown = "# Learning\n\n## Learning\n\nLearning\n---\n\n# !!!\n\n# ???"
        let html = renderer.html(markdown)
        #expect(html == renderer.html(markdown))
        for id in ["learning", "learning-1", "learning-2", "section", "section-1"] {
            #expect(html.contains("id=\"\(id)\""), "\(id) missing from \(html)")
        }
    }

    @Test func headingIDsKeepLettersOfEveryScript() {
        #expect(renderer.html("# Café Łódź 2022").contains("id=\"café-łódź-2022\""))
    }

    @Test func headingsCannotTakeAFootnoteID() {
        let html = renderer.html("# Fn 1\n\nText[^a]\n\n[^a]: Note.")
        #expect(html.contains("<h1 id=\"fn-1-section\">"))
        #expect(html.contains("<li id=\"fn-1\">"))
    }

    @Test func idPrefixSeparatesFragmentsOnOnePage() {
        let body = renderer.html("# Summary\n\nA[^1]\n\n[^1]: One.", idPrefix: "milestone-3")
        #expect(body.contains("<h1 id=\"milestone-3-summary\">"))
        #expect(body.contains("href=\"#milestone-3-fn-1\" id=\"milestone-3-fnref-1\""))
        #expect(body.contains("<li id=\"milestone-3-fn-1\">"))
        #expect(body.contains("href=\"#milestone-3-fnref-1\""))
        let hostile = renderer.html("# A", idPrefix: "\"><script>")
        #expect(hostile == "<h1 id=\"script-a\">A</h1>\n")
    }

    @Test func externalLinksGetNoopener() {
        let html = renderer.html(
            "[a](https://example.com) [b](HTTP://example.com) <https://x.example> www.example.org [c](//cdn.example/x)"
        )
        #expect(html.components(separatedBy: "rel=\"noopener\"").count - 1 == 5, "\(html)")
        let local = renderer.html("[a](/places/stockport) [b](#fn-1) [c](mailto:a@example.com) [d](tel:+441610000000)")
        #expect(!local.contains("rel="))
    }

    @Test func telLinksAreAllowed() {
        #expect(
            renderer.html("[Call us](tel:+44-161-000-0000)") == "<p><a href=\"tel:+44-161-000-0000\">Call us</a></p>\n")
    }

    @Test func excerptCutsAtAWordBoundary() {
        let markdown = "**Trust** took time: the _steering group_ met monthly, then weekly, and then it stopped."
        #expect(renderer.excerpt(markdown, limit: 33) == "Trust took time: the steering…")
        #expect(
            renderer.excerpt(markdown, limit: 200)
                == "Trust took time: the steering group met monthly, then weekly, and then it stopped.")
        #expect(renderer.excerpt("# Title\n\nFirst para.\n\n- item", limit: 200) == "Title First para. item")
        #expect(renderer.excerpt("Supercalifragilistic", limit: 5) == "Super…")
        #expect(renderer.excerpt("a, b, c, d", limit: 5) == "a, b…")
        #expect(renderer.excerpt("", limit: 10) == "")
    }

    @Test func excerptNeverSplitsAGraphemeCluster() {
        let text = String(repeating: "é", count: 30)
        #expect(renderer.excerpt(text, limit: 10) == String(repeating: "é", count: 10) + "…")
    }

    /// The index and summaries must hold words, not syntax: a document full of Markdown whose prose has no
    /// punctuation of its own comes out with none of it.
    @Test func plainTextHoldsNoMarkdownPunctuation() {
        let markdown = """
            # Heading one
            Setext heading
            ==============

            Some *emphasis* and __strong__ and ~~struck~~ and `code` and [a link](https://example.com "t")
            and ![an image](/x.png) and <https://example.org> and a reference [ref][r] and a note[^n]

            > quoted text
            > - listed inside

            1. first
            2. second
               - nested

            - [x] done
            - [ ] open

            | left | right |
            |:-----|------:|
            | cell | value |

            ```swift
            fenced code
            ```

            ***

            [r]: /target
            [^n]: footnote text
            """
        // Footnote references read "[1]" in plain text, on purpose: they are the one bracket allowed.
        let text = renderer.plainText(markdown).replacingOccurrences(of: "[1]", with: "")
        for mark in ["#", "*", "_", "~", "`", "[", "]", "(", ")", ">", "|", "!", "=", "^", "<"] {
            #expect(!text.contains(mark), "\(mark) left in plain text: \(text)")
        }
        for word in [
            "emphasis", "strong", "struck", "code", "link", "image", "reference", "quoted", "nested", "done",
            "cell", "value", "fenced", "footnote", "text", "Setext", "https://example.org",
        ] {
            #expect(text.contains(word), "\(word) missing from plain text: \(text)")
        }
    }
}
