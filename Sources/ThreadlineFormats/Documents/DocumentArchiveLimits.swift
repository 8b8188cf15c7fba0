/// Bounds on what reading a `.docx` or `.odt` package may decompress, so a small upload cannot expand into gigabytes.
///
/// A zip records each entry's size in headers its maker writes, so the bounds are checked twice: against the
/// declared size before anything is decompressed, and against the bytes actually produced while decompressing.
public struct DocumentArchiveLimits: Hashable, Sendable {
    /// The most bytes one part (such as `word/document.xml`) may expand to.
    public var maximumPartBytes: Int
    /// The most bytes all the parts read from one package may expand to together.
    public var maximumTotalBytes: Int

    /// Creates limits; the defaults are far above any real document's text (a 1,000-page thesis is a few MB of XML).
    public init(maximumPartBytes: Int = 200 * 1_048_576, maximumTotalBytes: Int = 400 * 1_048_576) {
        self.maximumPartBytes = maximumPartBytes
        self.maximumTotalBytes = maximumTotalBytes
    }

    /// 200 MB for one part and 400 MB in all.
    public static let `default` = DocumentArchiveLimits()
}
