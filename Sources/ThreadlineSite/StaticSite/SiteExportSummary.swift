/// What one static export did: how many pages it holds and which files it changed.
public struct SiteExportSummary: Sendable, Equatable, CustomStringConvertible {
    /// The HTML pages of the site (the home page, every item page, lists, search, 404).
    public var pages: Int
    /// Every file the site holds after the export, pages included.
    public var files: Int
    /// The site-relative paths of the files written because they were new or their bytes changed.
    public var writtenPaths: [String]
    /// How many files already held exactly the right bytes and were left alone.
    public var unchanged: Int
    /// How many of the unchanged pages were not even rendered, because nothing they are made from changed
    /// (stories and case studies).
    public var kept: Int
    /// The site-relative paths of files an earlier export wrote that no longer belong, now deleted.
    public var removedPaths: [String]
    /// The bytes written in this run.
    public var bytesWritten: Int64
    /// The bytes of the whole site.
    public var totalBytes: Int64
    /// How long the export took.
    public var seconds: Double

    /// How many files were written.
    public var written: Int { writtenPaths.count }
    /// How many files were deleted.
    public var removed: Int { removedPaths.count }

    /// One line for people: pages, files written, unchanged and removed, bytes and seconds.
    public var description: String {
        let time = (seconds * 100).rounded() / 100
        return "\(pages) pages, \(files) files: \(written) written, \(unchanged) unchanged "
            + "(\(kept) pages not rendered again), \(removed) removed; "
            + "\(bytesWritten) of \(totalBytes) bytes written in \(time) s."
    }
}
