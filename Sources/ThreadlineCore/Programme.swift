import Foundation

/// The programme a Threadline hub publishes: its name and what it is, shown on the home page.
public struct Programme: Hashable, Sendable, Codable {
    /// The programme's name.
    public var name: String
    /// A one-line description under the name.
    public var tagline: String
    /// What the programme is, in Markdown.
    public var about: String
    /// The language of the site's pages (BCP 47).
    public var language: String

    /// Creates a programme description.
    public init(name: String, tagline: String = "", about: String = "", language: String = "en-GB") {
        self.name = name
        self.tagline = tagline
        self.about = about
        self.language = language
    }

    /// The editable fields.
    public static let schema: [FieldSpec] = [
        FieldSpec("name", "Programme name", .text, required: true, maximumLength: 160),
        FieldSpec("tagline", "Tagline", .text, maximumLength: 300),
        FieldSpec("about", "About the programme", .markdown),
        FieldSpec(
            "language", "Language of the site", .text, required: true, maximumLength: 35, hint: "For example en-GB."),
    ]

    /// Every problem with this value.
    public func validationProblems() -> [FieldProblem] {
        let object: [String: JSONValue] = [
            "name": .string(name), "tagline": .string(tagline), "about": .string(about), "language": .string(language),
        ]
        return Programme.schema.compactMap { EntitySchema.problem(with: object[$0.key] ?? .null, for: $0) }
    }
}
