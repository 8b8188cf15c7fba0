/// Renders Markdown as HTML that is safe to embed, or as plain text.
///
/// The input is CommonMark 0.31 plus the GFM extensions: pipe tables, footnotes, task list items,
/// `~~strikethrough~~` and extended `www.` / `https://` autolinks.
///
/// The output of `html(_:)` is safe to embed in a page without further sanitising: raw HTML in the source is
/// shown as escaped text, all text and attribute values are escaped, and only `http`, `https`, `mailto` and
/// relative link and image destinations are emitted. Links get no `target` and no `rel`; link policy such as
/// `rel="nofollow"` belongs to the page that embeds the output. The renderer holds no state and can be shared
/// freely.
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
