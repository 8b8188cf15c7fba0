/// Formats `Content-Range` field values (RFC 9110 §14.4).
public enum ContentRange {
    /// The value for a 206 response or a multipart part: `bytes first-last/size`.
    ///
    /// - Parameters:
    ///   - range: The bytes being sent, both ends inclusive.
    ///   - size: The complete length of the file.
    public static func bytes(_ range: ClosedRange<Int64>, size: Int64) -> String {
        "bytes \(range.lowerBound)-\(range.upperBound)/\(size)"
    }

    /// The value for a 416 response: `bytes */size`, which tells the client how long the file really is.
    ///
    /// - Parameter size: The complete length of the file.
    public static func unsatisfied(size: Int64) -> String {
        "bytes */\(size)"
    }
}
