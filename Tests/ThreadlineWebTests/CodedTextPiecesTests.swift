import Foundation
import Testing
import ThreadlineCore
import ThreadlineSite

@Suite("The coding page's text pieces")
struct CodedTextPiecesTests {
    @Test("every piece is escaped, styled and marked; a carriage return is left out but still counted")
    func escapedPieces() {
        // T o m ␠ & ␠ " J o " \r \n s a i d ␠ < n o > ' s: 23 scalars, one paragraph holding the line break.
        let text = CodableText(
            text: "Tom & \"Jo\"\r\nsaid <no>'s",
            blocks: [
                SourceBlock(
                    kind: .paragraph, start: 0, end: 23,
                    styles: [SourceStyleRun(start: 12, end: 16, style: .emphasis)])
            ])
        let code = Code.ID(UUID())
        let coding = Coding(
            id: Coding.ID(UUID()), codeID: code, source: CodingSource(story: Story.ID(UUID())),
            coderID: Coder.ID(UUID()), start: 6, end: 10, createdAt: Date(timeIntervalSince1970: 0))
        let pieces = CodedTextPieces(
            text: text, codings: [coding], codeNames: [code: "Trust \"deep\" & <wide>"], coderClasses: [:])
        #expect(
            pieces.html
                == "<p><span data-o=\"0\">Tom &amp; </span>"
                + "<mark class=\"coded code-\(code)\" data-o=\"6\" title=\"Coded: Trust &quot;deep&quot; &amp; "
                + "&lt;wide&gt;\" data-codings=\"\(coding.id)\">&quot;Jo&quot;</mark>"
                + "<span data-o=\"10\"></span><span data-o=\"11\">\n</span>"
                + "<span data-o=\"12\"><em>said</em></span><span data-o=\"16\"> &lt;no&gt;&#39;s</span></p>")
    }

    @Test("a piece with several styles nests them in a fixed order, and text outside every block is not shown")
    func nestedStyles() {
        let text = CodableText(
            text: "plain bold code\nnot shown",
            blocks: [
                SourceBlock(
                    kind: .paragraph, start: 0, end: 15,
                    styles: [SourceStyleRun(start: 6, end: 15, style: [.strong, .code, .link])])
            ])
        let pieces = CodedTextPieces(text: text, codings: [], codeNames: [:], coderClasses: [:])
        #expect(
            pieces.html
                == "<p><span data-o=\"0\">plain </span><span data-o=\"6\"><span class=\"source-link\"><strong>"
                + "<code>bold code</code></strong></span></span></p>")
    }
}
