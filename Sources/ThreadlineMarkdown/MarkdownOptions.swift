/// Parser settings. Safety rules are not optional; only the GFM extensions can be switched off, which the
/// tests use to measure CommonMark conformance on its own.
struct MarkdownOptions: Sendable {
    /// Tables, footnotes, task list items, strikethrough and extended autolinks.
    var extensions: Bool

    static let standard = MarkdownOptions(extensions: true)
    static let commonMarkOnly = MarkdownOptions(extensions: false)
}
