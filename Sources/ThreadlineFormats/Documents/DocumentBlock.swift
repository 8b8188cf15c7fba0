/// One block of an uploaded document's text, as the document's own structure gave it.
///
/// Extraction keeps only what coders read by: headings (with their level), paragraphs and list items. Tables come
/// out as one paragraph per row, cells separated by tabs; images, footnote marks and fields are left out.
public enum DocumentBlock: Hashable, Sendable {
    /// A heading, level 1 (the document's title level) to 6.
    case heading(level: Int, text: String)
    /// A paragraph of running text.
    case paragraph(String)
    /// One item of a bulleted or numbered list.
    case listItem(String)

    /// The block's text, without its structure.
    public var text: String {
        switch self {
        case .heading(_, let text), .paragraph(let text), .listItem(let text): text
        }
    }
}
