/// One generated story: its id (for messages) and its Markdown body.
public struct Story: Sendable, Equatable {
    /// The story's `id` field, such as `story-000042`.
    public let id: String
    /// The story's `body_md` field, the input to the renderers.
    public let markdown: String

    /// Creates a story from its id and Markdown body.
    public init(id: String, markdown: String) {
        self.id = id
        self.markdown = markdown
    }
}
