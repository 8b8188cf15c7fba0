/// Builds `ETag` field values.
public enum ETag {
    /// A strong entity tag for content identified by its SHA-256 digest, for example `"9f86d0…"` (with quotes).
    ///
    /// A content digest changes whenever any byte changes, which is exactly the guarantee a strong validator makes
    /// (RFC 9110 §8.8.1), so range requests may be served against it.
    ///
    /// - Parameter hex: The digest as hexadecimal text. It is used verbatim, so its letter case is preserved; it must
    ///   not contain `"`, spaces or control characters, which a hex digest never does.
    /// - Returns: The field value, quotes included.
    public static func strong(forSHA256Hex hex: String) -> String {
        // A digest is computed by the server, never taken from a request, so a bad one is a programming error.
        assert(hex.utf8.allSatisfy(ASCII.isEntityTagCharacter), "An entity tag cannot contain \(hex.debugDescription)")
        return "\"\(hex)\""
    }
}
