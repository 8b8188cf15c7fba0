import Testing
import ThreadlineMarkdown

/// The cases the project's issue lists as rendered wrongly by Ink, the Swift Markdown package this renderer
/// replaced. Each must now come out as CommonMark (or GFM) says.
@Suite("Cases other renderers got wrong")
struct InkRegressionTests {
    let renderer = MarkdownRenderer()

    @Test func secondItemOfANestedListStaysInTheOuterList() {
        let html = renderer.html("- one\n  - inner\n- two")
        #expect(html == "<ul>\n<li>one\n<ul>\n<li>inner</li>\n</ul>\n</li>\n<li>two</li>\n</ul>\n")
    }

    @Test func indentedOrderedSublistIsAList() {
        let html = renderer.html("1. Steps\n   1. first\n   2. second")
        #expect(html == "<ol>\n<li>Steps\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n</li>\n</ol>\n")
    }

    @Test func footnotesAreKept() {
        let html = renderer.html("Claim[^1].\n\n[^1]: Source.")
        #expect(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"))
        #expect(html.contains("<section class=\"footnotes\">"))
        #expect(html.contains("Source."))
    }

    @Test func angleBracketAutolinksAndBareURLsAreLinks() {
        #expect(renderer.html("<https://gmmoving.co.uk>").contains("<a href=\"https://gmmoving.co.uk\""))
        #expect(renderer.html("see https://gmmoving.co.uk/x.").contains("<a href=\"https://gmmoving.co.uk/x\""))
        #expect(renderer.html("see www.example.org").contains("<a href=\"http://www.example.org\""))
    }

    @Test func setextHeadingsAreHeadings() {
        #expect(renderer.html("Title\n=====") == "<h1 id=\"title\">Title</h1>\n")
    }

    @Test func taskListsHaveCheckboxes() {
        let html = renderer.html("- [x] done\n- [ ] open")
        #expect(html.contains("<input type=\"checkbox\" checked disabled> done"))
        #expect(html.contains("<input type=\"checkbox\" disabled> open"))
    }

    @Test func rawHTMLAndScriptLinksAreNeutralised() {
        #expect(renderer.html("<b onclick=\"x()\">hi</b>") == "<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>\n")
        #expect(renderer.html("[go](javascript:alert(1))") == "<p>go</p>\n")
    }

    @Test func quotesInImageAltTextCannotOpenAnAttribute() {
        #expect(
            renderer.html("![a\" onerror=\"alert(1)](x.png)")
                == "<p><img src=\"x.png\" alt=\"a&quot; onerror=&quot;alert(1)\" /></p>\n")
    }
}
