public import Foundation
public import ThreadlineCore

/// Reads a programme bundle document, checking all of it before any of it is trusted.
///
/// The document is parsed into a `JSONValue` by a strict, depth-limited parser, every record is checked
/// against its kind's schema, ids, URL names and references are checked across the whole bundle, and only a
/// bundle with no problem at all is decoded and returned. Otherwise a `ValidationError` lists every problem,
/// each under its JSON path (`places[2].milestones[0].date`), so a person can fix the file in one go.
public struct ProgrammeBundleReader: Sendable {
    /// The largest document accepted, in bytes: 64 MiB.
    public static let maximumDocumentSize = 64 * 1024 * 1024
    /// The most records accepted in one collection (and the most milestones in the whole bundle).
    public static let maximumRecordsPerCollection = 100_000
    /// The deepest nesting of arrays and objects accepted; a valid bundle needs five levels.
    public static let maximumNestingDepth = 64
    /// The most problems listed; further ones are counted in a final problem rather than listed.
    public static let maximumReportedProblems = 1_000
    /// The most JSON values accepted in one document: far more than any bundle within the size limit holds,
    /// but it keeps a file of millions of empty arrays from claiming gigabytes of memory.
    public static let maximumValueCount = 8_000_000

    /// The instant given to records that do not say when they were created or last changed.
    public var now: Date

    /// Creates a reader that dates undated records `now`.
    public init(now: Date) {
        self.now = now
    }

    /// The bundle in `data`, or a `ValidationError` listing every problem with it.
    public func read(_ data: Data) throws(ValidationError) -> ProgrammeBundle {
        guard data.count <= Self.maximumDocumentSize else {
            let size = String(format: "%.1f", Double(data.count) / 1_048_576)
            let limit = Self.maximumDocumentSize / 1_048_576
            throw ValidationError([
                FieldProblem(field: "", message: "The file is \(size) MiB; a bundle may be at most \(limit) MiB.")
            ])
        }
        let parser = StrictJSONParser(maximumDepth: Self.maximumNestingDepth, maximumValues: Self.maximumValueCount)
        let root: JSONValue
        do {
            root = try parser.parse(data)
        } catch {
            let opening =
                error.isLimit ? "The file is too complex to be a programme bundle" : "The file is not valid JSON"
            throw ValidationError([FieldProblem(field: "", message: "\(opening): \(error)")])
        }
        var inspection = BundleInspection(now: now, maximumProblems: Self.maximumReportedProblems)
        return try inspection.bundle(from: root)
    }
}
