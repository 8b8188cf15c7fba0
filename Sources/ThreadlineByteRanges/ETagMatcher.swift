/// Evaluates `If-None-Match` (RFC 9110 §13.1.2) so that GET and HEAD can be answered with 304 Not Modified.
public enum ETagMatcher {
    /// Whether `If-None-Match` matches the current entity tag, meaning a GET or HEAD should get 304.
    ///
    /// `*` matches any existing representation; otherwise the value is a comma-separated list of entity-tags,
    /// compared with the weak comparison (`W/"x"` matches `"x"`) as §13.1.2 requires. Empty list elements and
    /// whitespace around commas are accepted. A value that does not parse as a whole is treated as not matching:
    /// a wrong 304 would leave the client with stale content, while a wrong 200 only costs bandwidth.
    ///
    /// - Parameters:
    ///   - ifNoneMatch: The field value of `If-None-Match`.
    ///   - etag: The current `ETag` field value of the file, quotes included, strong or weak.
    /// - Returns: `true` if the condition matches (answer 304), `false` otherwise (answer normally).
    public static func matches(ifNoneMatch: String, etag: String) -> Bool {
        guard let current = EntityTag(parsing: etag) else { return false }
        var scanner = ByteScanner(ifNoneMatch)
        scanner.trimOptionalWhitespace()
        if scanner.consume(UInt8(ascii: "*")) {
            return scanner.isAtEnd
        }
        var matched = false
        var sawTag = false
        while true {
            scanner.skipOptionalWhitespace()
            if scanner.isAtEnd { break }
            if scanner.consume(ASCII.comma) { continue }
            guard let candidate = EntityTag.consume(from: &scanner) else { return false }
            sawTag = true
            // Keep scanning after a match so that a malformed tail still invalidates the whole field.
            matched = matched || candidate.weaklyMatches(current)
            scanner.skipOptionalWhitespace()
            if scanner.isAtEnd { break }
            guard scanner.consume(ASCII.comma) else { return false }
        }
        return sawTag && matched
    }
}
