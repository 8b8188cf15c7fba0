import Ink
import ThreadlineMarkdown

/// One renderer call under test: what it is called in the report and the function that does the work.
struct RenderWorkload {
    /// The name in `RESULT` and `CHECK` lines, such as `threadline-html`.
    let label: String
    /// The renderer the workload belongs to, for the summary: `threadline` or `ink`.
    let family: String
    /// Whether the output is HTML (expected to hold `<p>` tags) rather than plain text (expected to hold none).
    let producesMarkup: Bool
    /// Renders one story.
    let render: (String) -> String

    /// Threadline's `html(_:)`, the figure the project's aim is about.
    static func threadlineHTML() -> RenderWorkload {
        let renderer = MarkdownRenderer()
        return RenderWorkload(label: "threadline-html", family: "threadline", producesMarkup: true) {
            renderer.html($0)
        }
    }

    /// Threadline's `plainText(_:)`, used for search indexes; same parser, different output.
    static func threadlinePlainText() -> RenderWorkload {
        let renderer = MarkdownRenderer()
        return RenderWorkload(label: "threadline-plain", family: "threadline", producesMarkup: false) {
            renderer.plainText($0)
        }
    }

    /// Ink's `html(from:)` with no modifiers, the baseline.
    static func inkHTML() -> RenderWorkload {
        let parser = MarkdownParser()
        return RenderWorkload(label: "ink-html", family: "ink", producesMarkup: true) {
            parser.html(from: $0)
        }
    }
}
