/// Generates boundaries for `multipart/byteranges` bodies (RFC 9110 §14.6, RFC 2046 §5.1.1).
///
/// The body is copied from the file without inspection, so the boundary is not checked against the data; instead
/// it is long and random enough (128 bits by default) that its appearing in a recording is not a practical concern.
public enum MultipartBoundary {
    /// The fewest random bytes a boundary is made of.
    public static let minimumByteCount = 16
    /// The most random bytes a boundary can hold: RFC 2046 caps a boundary at 70 characters, two per byte.
    public static let maximumByteCount = 35

    /// A boundary of `byteCount` bytes from the system's secure generator, as lowercase hexadecimal.
    ///
    /// - Parameter byteCount: How many random bytes to use, clamped to
    ///   ``minimumByteCount``...``maximumByteCount``.
    /// - Returns: `2 * byteCount` lowercase hexadecimal characters.
    public static func random(byteCount: Int = minimumByteCount) -> String {
        var generator = SystemRandomNumberGenerator()
        return random(byteCount: byteCount, using: &generator)
    }

    /// A boundary of `byteCount` bytes drawn from `generator`, as lowercase hexadecimal.
    ///
    /// Pass a seeded generator in tests to get a predictable boundary.
    ///
    /// - Parameters:
    ///   - byteCount: How many random bytes to use, clamped to ``minimumByteCount``...``maximumByteCount``.
    ///   - generator: The source of randomness.
    /// - Returns: `2 * byteCount` lowercase hexadecimal characters.
    public static func random(byteCount: Int = minimumByteCount, using generator: inout some RandomNumberGenerator)
        -> String
    {
        let count = min(max(byteCount, minimumByteCount), maximumByteCount)
        let hexDigits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * count)
        for _ in 0..<count {
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
