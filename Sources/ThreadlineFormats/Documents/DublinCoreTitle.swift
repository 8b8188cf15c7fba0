import Foundation

/// Reads the `dc:title` of a package's metadata part: `docProps/core.xml` in a `.docx` (ECMA-376 Part 2, §11), or
/// `meta.xml` in an `.odt` (OASIS ODF 1.2 Part 1, §4.3). Both use the Dublin Core element.
struct DublinCoreTitle: DocumentXMLHandler {
    /// The Dublin Core elements' namespace.
    static let namespace = "http://purl.org/dc/elements/1.1/"

    /// The first title's text with surrounding white space trimmed, or `nil` when there is none or it is blank.
    var title: String? {
        guard let text, DocumentBlockCollector.hasText(text) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private var text: String?
    private var depth = 0
    private var done = false

    mutating func start(_ name: String, namespace: String, attributes: [String: String]) {
        if depth > 0 {
            depth += 1
        } else if !done, name == "title", namespace == Self.namespace {
            depth = 1
            text = ""
        }
    }

    mutating func end(_ name: String, namespace: String) {
        guard depth > 0 else { return }
        depth -= 1
        if depth == 0 { done = true }
    }

    mutating func characters(_ text: String) {
        if depth > 0 { self.text? += text }
    }
}
