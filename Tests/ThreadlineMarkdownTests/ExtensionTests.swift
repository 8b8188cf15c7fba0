import Testing
import ThreadlineMarkdown

/// GFM extensions: tables, footnotes, task lists, strikethrough and extended autolinks.
@Suite("GFM extensions")
struct ExtensionTests {
    let renderer = MarkdownRenderer()

    // MARK: - Tables

    @Test func tableWithAlignment() {
        let markdown = """
            | Left | Center | Right | Plain |
            |:-----|:------:|------:|-------|
            | a | *b* | `c` | d |
            """
        let expected = """
            <table>
            <thead>
            <tr>
            <th align="left">Left</th>
            <th align="center">Center</th>
            <th align="right">Right</th>
            <th>Plain</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">a</td>
            <td align="center"><em>b</em></td>
            <td align="right"><code>c</code></td>
            <td>d</td>
            </tr>
            </tbody>
            </table>

            """
        #expect(renderer.html(markdown) == expected)
    }

    @Test func tableRowsArePaddedAndTruncatedToTheHeader() {
        let html = renderer.html("a | b\n--|--\n1\n2 | 3 | 4")
        #expect(html.contains("<tr>\n<td>1</td>\n<td></td>\n</tr>"))
        #expect(html.contains("<tr>\n<td>2</td>\n<td>3</td>\n</tr>"))
        #expect(!html.contains("4"))
    }

    @Test func headerOnlyTableHasNoBody() {
        let html = renderer.html("| a |\n| --- |")
        #expect(html == "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n</table>\n")
    }

    @Test func escapedPipeStaysInCell() {
        let html = renderer.html("| a |\n|---|\n| `x \\| y` |")
        #expect(html.contains("<td><code>x | y</code></td>"))
    }

    @Test func tableNeedsMatchingColumnCount() {
        #expect(renderer.html("| a | b |\n| --- |") == "<p>| a | b |\n| --- |</p>\n")
    }

    @Test func tableEndsAtBlankLineOrNewBlock() {
        let html = renderer.html("| a |\n|---|\n| b |\n> quote\n\ntext")
        #expect(html.hasSuffix("</table>\n<blockquote>\n<p>quote</p>\n</blockquote>\n<p>text</p>\n"))
    }

    @Test func paragraphBeforeHeaderRowStaysAParagraph() {
        let html = renderer.html("intro\n| a |\n|---|")
        #expect(html.hasPrefix("<p>intro</p>\n<table>"))
    }

    @Test func dashesWithoutPipesStayASetextHeading() {
        #expect(renderer.html("Title\n---") == "<h2 id=\"title\">Title</h2>\n")
    }

    // MARK: - Footnotes

    @Test func footnotesAreNumberedByFirstReference() {
        let markdown = """
            First[^b] then[^a] and again[^b].

            [^a]: Note A.
            [^b]: Note B.
            """
        let expected = """
            <p>First<sup class="footnote-ref"><a href="#fn-1" id="fnref-1">1</a></sup> \
            then<sup class="footnote-ref"><a href="#fn-2" id="fnref-2">2</a></sup> \
            and again<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2">1</a></sup>.</p>
            <section class="footnotes">
            <ol>
            <li id="fn-1">
            <p>Note B. <a href="#fnref-1" class="footnote-backref" aria-label="Back to reference 1">↩</a> \
            <a href="#fnref-1-2" class="footnote-backref" aria-label="Back to reference 1-2">↩</a></p>
            </li>
            <li id="fn-2">
            <p>Note A. <a href="#fnref-2" class="footnote-backref" aria-label="Back to reference 2">↩</a></p>
            </li>
            </ol>
            </section>

            """
        #expect(renderer.html(markdown) == expected)
    }

    @Test func footnoteWithSeveralBlocks() {
        let html = renderer.html("x[^n]\n\n[^n]: One.\n\n    Two.\n\n    ```\n    code\n    ```\n")
        #expect(html.contains("<li id=\"fn-1\">\n<p>One.</p>\n<p>Two.</p>\n<pre><code>code\n</code></pre>\n<p><a"))
    }

    @Test func undefinedOrUnreferencedFootnotes() {
        #expect(renderer.html("text[^missing]") == "<p>text[^missing]</p>\n")
        #expect(renderer.html("text\n\n[^unused]: never referenced") == "<p>text</p>\n")
    }

    // MARK: - Task lists

    @Test func taskListItems() {
        let html = renderer.html("- [ ] open\n- [x] done\n- [X] also done\n- [y] not a task\n- plain")
        let expected = """
            <ul>
            <li class="task-list-item"><input type="checkbox" disabled> open</li>
            <li class="task-list-item"><input type="checkbox" checked disabled> done</li>
            <li class="task-list-item"><input type="checkbox" checked disabled> also done</li>
            <li>[y] not a task</li>
            <li>plain</li>
            </ul>

            """
        #expect(html == expected)
    }

    @Test func looseTaskItemPutsCheckboxInParagraph() {
        let html = renderer.html("1. [x] first\n\n2. [ ] second")
        #expect(html.contains("<li class=\"task-list-item\">\n<p><input type=\"checkbox\" checked disabled> first</p>"))
    }

    // MARK: - Strikethrough and autolinks

    @Test func strikethroughUsesTwoTildes() {
        #expect(renderer.html("~~gone~~ but ~5 minutes~") == "<p><del>gone</del> but ~5 minutes~</p>\n")
    }

    @Test func extendedAutolinks() {
        let html = renderer.html("See www.example.com/a?b=1, https://example.org/x_(y). Or (www.t.io).")
        #expect(
            html == "<p>See <a href=\"http://www.example.com/a?b=1\" rel=\"noopener\">www.example.com/a?b=1</a>, "
                + "<a href=\"https://example.org/x_(y)\" rel=\"noopener\">https://example.org/x_(y)</a>. "
                + "Or (<a href=\"http://www.t.io\" rel=\"noopener\">www.t.io</a>).</p>\n")
    }

    @Test func extendedAutolinksNeedABoundaryAndADomain() {
        #expect(renderer.html("awww.example.com and www.") == "<p>awww.example.com and www.</p>\n")
        #expect(renderer.html("`www.example.com`") == "<p><code>www.example.com</code></p>\n")
    }

    @Test func autolinkInsideLinkTextIsNotNested() {
        #expect(renderer.html("[www.example.com](/local)") == "<p><a href=\"/local\">www.example.com</a></p>\n")
    }
}
