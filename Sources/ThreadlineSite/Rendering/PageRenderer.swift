import Foundation
import Mustache
import ThreadlineCore
import ThreadlineMarkdown

/// Renders view models through Mustache templates inside the site's layout.
///
/// Templates escape every `{{value}}`; only HTML that Threadline produced itself (rendered Markdown,
/// an inner page) is inserted raw with `{{{…}}}`. The live server and any static export render through
/// this one type, so both show the same bytes.
public struct PageRenderer: Sendable {
    public let library: MustacheLibrary
    public let markdown = MarkdownRenderer()

    /// Loads the built-in templates, then lets same-named files in `overridePath` replace them; throws, naming
    /// them, when any `Template` has no file.
    public init(overridePath: String? = nil) async throws {
        guard let folder = SiteResources.url("templates")?.path else {
            throw TemplateError(message: "The built-in templates are missing from the build.")
        }
        try await self.init(builtIn: folder, overridePath: overridePath)
    }

    /// Loads the templates of `folder` instead of the built-in ones (for tests of a broken build).
    public init(builtIn folder: String, overridePath: String?) async throws {
        // Every template escapes its values with `ScalarHTMLContentType`, selected by a pragma put before its text.
        MustacheContentTypes.register(ScalarHTMLContentType(), named: ScalarHTMLContentType.name)
        var library = MustacheLibrary()
        for path in FileManager.default.enumerator(atPath: folder)?.compactMap({ $0 as? String }) ?? [] {
            try Self.register(folder + "/" + path, named: path, in: &library)
        }
        if let overridePath {
            let files = try FileManager.default.contentsOfDirectory(atPath: overridePath)
            for file in files {
                try Self.register(overridePath + "/" + file, named: file, in: &library)
            }
        }
        let missing = Template.allCases.filter { library.getTemplate(named: $0.rawValue) == nil }
        guard missing.isEmpty else {
            throw TemplateError(
                message: "Missing template\(missing.count == 1 ? "" : "s"): "
                    + missing.map { "\($0.rawValue).mustache" }.joined(separator: ", ")
                    + ". Every page's template must be built in or in the templates folder.")
        }
        self.library = library
    }

    /// Adds the template in the file at `path` (if it is a `.mustache` file) under `name` without its extension.
    private static func register(_ path: String, named name: String, in library: inout MustacheLibrary) throws {
        guard name.hasSuffix(".mustache") else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        do {
            try library.register(ScalarHTMLContentType.pragma + text, named: String(name.dropLast(".mustache".count)))
        } catch {
            throw TemplateError(message: "The template \(name) cannot be read: \(error).")
        }
    }

    /// A missing or broken template.
    public struct TemplateError: Error, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        public var description: String { message }

        /// Creates the value from each of its fields.
        public init(message: String) {
            self.message = message
        }
    }

    /// Renders a model with its template, on its own (no layout). Every template was found at start-up, so the
    /// empty answer for a missing one cannot happen.
    public func fragment<Model: PageModel>(_ model: Model) -> String {
        library.render(model, withTemplate: Model.template.rawValue) ?? ""
    }

    /// Renders a page: the model's template filled and placed in the one layout that public, workspace and survey
    /// pages share.
    public func page(_ model: some PageModel, layout: LayoutModel) -> String {
        var layout = layout
        layout.contentHTML = fragment(model)
        layout.fillNavigation()
        return fragment(layout)
    }

    /// Markdown as safe HTML. Give each fragment on a page its own `idPrefix` when more than one may hold
    /// headings or footnotes.
    public func html(_ source: String, idPrefix: String = "") -> String { markdown.html(source, idPrefix: idPrefix) }

    /// The start of Markdown's plain text, cut at a word boundary (lists, cards, meta descriptions).
    public func excerpt(_ source: String, limit: Int = 220) -> String { markdown.excerpt(source, limit: limit) }

    /// Markdown as plain text (summaries, feeds).
    public func plainText(_ source: String) -> String { markdown.plainText(source) }
}

extension String {
    /// The text with its first letter upper-cased ("learning areas" → "Learning areas").
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
