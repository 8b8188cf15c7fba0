import Foundation

/// Evaluates `If-Range` (RFC 9110 §13.1.5): may the client's Range be applied to the current file?
enum IfRangeCondition {
    /// Whether the Range header should be honoured.
    ///
    /// An entity-tag (a value starting with `"` or `W/"`) must match `etag` by strong comparison, so a weak tag
    /// on either side never matches; otherwise the value must be an HTTP-date exactly equal to `lastModified` at
    /// whole-second resolution. Anything else, including a malformed value, is false: the client then gets the
    /// whole current file instead of pieces that might not fit what it already has.
    static func isSatisfied(ifRange: String, etag: String, lastModified: Date) -> Bool {
        var scanner = ByteScanner(ifRange)
        scanner.trimOptionalWhitespace()
        let looksLikeEntityTag =
            scanner.current == ASCII.quote
            || (scanner.current == UInt8(ascii: "W") && scanner.peek(ahead: 1) == UInt8(ascii: "/"))
        if looksLikeEntityTag {
            guard let requested = EntityTag(parsing: ifRange), let current = EntityTag(parsing: etag) else {
                return false
            }
            return requested.stronglyMatches(current)
        }
        guard let date = HTTPDate.parse(ifRange) else { return false }
        return HTTPDate.wholeSeconds(of: date) == HTTPDate.wholeSeconds(of: lastModified)
    }
}
