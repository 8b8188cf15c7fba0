/// The XML namespaces a `.docx`'s parts use, in both spellings ECMA-376 allows.
///
/// Word writes "transitional" documents (ECMA-376 Part 4) under `http://schemas.openxmlformats.org/…`; "strict" ones
/// (Part 1) use `http://purl.oclc.org/ooxml/…` for the same vocabulary.
enum DOCXNamespace {
    /// WordprocessingML, transitional.
    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// WordprocessingML, strict.
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    /// Markup compatibility (ECMA-376 Part 3), whose `mc:Fallback` repeats content for older readers.
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Whether `namespace` is WordprocessingML's.
    static func isWordprocessing(_ namespace: String) -> Bool {
        namespace == transitional || namespace == strict
    }
}
