/// Why reading a PDF stopped, before the public entry point words it as a ``DocumentExtractionError``.
///
/// The internal readers throw this so that they need not carry the file name around.
enum PDFFailure: Error, Equatable {
    /// The bytes are not a PDF; the detail says why.
    case notPDF(String)
    /// The trailer has an `/Encrypt` dictionary (ISO 32000-1 §7.6).
    case encrypted
    /// The structure is broken; the detail names the object number or byte offset.
    case damaged(String)
    /// A stream uses a filter this reader does not decode (an image's `/DCTDecode`, say); the name is given.
    case unsupportedFilter(String)
    /// The pages show no text; the detail says why.
    case noText(String)
}
