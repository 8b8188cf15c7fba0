/// Converts Markdown (CommonMark 0.31 plus GFM tables, footnotes, task lists, strikethrough and autolinks)
/// into safe HTML or plain text.
///
/// The output of `html(_:)` is safe to embed in a page without further sanitising: raw HTML in the source is
/// shown as escaped text, all text and attribute values are escaped, and only `http`, `https`, `mailto` and
/// relative link and image destinations are emitted. The renderer holds no state and can be shared freely.
public struct MarkdownRenderer: Sendable {
    let options: MarkdownOptions

    /// Creates a renderer with the GFM extensions enabled.
    public init() {
        options = .standard
    }

    init(options: MarkdownOptions) {
        self.options = options
    }

    /// Renders Markdown to HTML that is safe to embed in a page.
    public func html(_ markdown: String) -> String {
        let document = MarkdownDocument.parse(markdown, options: options)
        return HTMLRenderer(document: document).render()
    }

    /// Renders Markdown to plain text (for search indexes, feed summaries, meta descriptions): no markup,
    /// entities decoded, block boundaries as newlines.
    public func plainText(_ markdown: String) -> String {
        let document = MarkdownDocument.parse(markdown, options: options)
        return PlainTextRenderer(document: document).render()
    }
}
