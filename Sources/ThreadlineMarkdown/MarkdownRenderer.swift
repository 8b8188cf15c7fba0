/// Renders Markdown as HTML that is safe to embed, or as plain text.
///
/// The input is CommonMark 0.31 plus the GFM extensions: pipe tables, footnotes, task list items,
/// `~~strikethrough~~` and extended `www.` / `https://` autolinks.
///
/// The output of `html(_:idPrefix:)` is safe to embed in a page without further sanitising: raw HTML in the
/// source is shown as escaped text, all text and attribute values are escaped, and only `http`, `https`,
/// `mailto`, `tel` and relative link and image destinations are emitted. Links that leave the site get
/// `rel="noopener"`. Headings get ids made from their text, for links to a section. The renderer holds no state
/// and can be shared freely.
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
    ///
    /// - Parameters:
    ///   - markdown: The source text.
    ///   - idPrefix: Starts every heading and footnote id, so that several fragments rendered onto one page
    ///     (a place's body and each milestone's description, say) cannot give two elements the same id. It is
    ///     reduced to letters, digits and hyphens; a hyphen is added between it and the id.
    public func html(_ markdown: String, idPrefix: String = "") -> String {
        let document = MarkdownDocument.parse(markdown, options: options)
        var renderer = HTMLRenderer(document: document, idPrefix: idPrefix)
        return renderer.render()
    }

    /// Renders Markdown to plain text (for search indexes, feed summaries, meta descriptions): no markup,
    /// entities decoded, block boundaries as newlines.
    public func plainText(_ markdown: String) -> String {
        let document = MarkdownDocument.parse(markdown, options: options)
        var renderer = PlainTextRenderer(document: document)
        return renderer.render()
    }

    /// Renders Markdown as a coder reads it: the plain text coding positions count in, with its blocks and
    /// inline styles, so the coding page can show headings, lists and emphasis while positions stay in plain text.
    public func readingText(_ markdown: String) -> ReadingText {
        let document = MarkdownDocument.parse(markdown, options: options)
        var renderer = ReadingTextRenderer(document: document)
        return renderer.render()
    }

    /// The start of the plain text on one line, cut at a word boundary with an ellipsis when longer than
    /// `limit` characters: for lists, cards and meta descriptions.
    public func excerpt(_ markdown: String, limit: Int = 220) -> String {
        PlainTextExcerpt(limit: limit).cut(plainText(markdown))
    }
}
