/// The layout of a `multipart/byteranges` body (RFC 9110 §14.6), computed without reading the file.
///
/// The body is a sequence of ``Piece``s: small header blocks generated here, and ranges of the file for the caller
/// to copy. Because every piece's length is known up front, ``contentLength`` is exact and the response can carry
/// `Content-Length` while streaming the file ranges straight from disk.
///
/// For a boundary `B`, a part type `video/mp4` and the ranges `0...4` and `10...14` of a 20-byte file:
/// ```
/// --B\r\n
/// Content-Type: video/mp4\r\n
/// Content-Range: bytes 0-4/20\r\n
/// \r\n
/// <bytes 0...4>\r\n
/// --B\r\n
/// Content-Type: video/mp4\r\n
/// Content-Range: bytes 10-14/20\r\n
/// \r\n
/// <bytes 10...14>\r\n
/// --B--\r\n
/// ```
/// The CRLF before each `--B` belongs to the delimiter (RFC 2046 §5.1.1), so the part data is exactly the range.
public struct MultipartByteRanges: Sendable, Hashable {
    /// One consecutive piece of the body.
    public enum Piece: Sendable, Hashable {
        /// Bytes to send as they are: boundaries and part headers.
        case bytes([UInt8])
        /// Bytes to copy from the file, both offsets inclusive.
        case fileRange(ClosedRange<Int64>)

        /// How many bytes this piece contributes to the body.
        public var length: Int64 {
            switch self {
            case .bytes(let bytes): return Int64(bytes.count)
            case .fileRange(let range): return range.upperBound - range.lowerBound + 1
            }
        }
    }

    /// The boundary separating the parts.
    public let boundary: String
    /// The body, in order: header bytes and file ranges alternate, ending with the closing delimiter.
    public let pieces: [Piece]
    /// The exact length of the body in bytes, for the `Content-Length` header.
    public let contentLength: Int64

    /// The value of the response's `Content-Type` header, for example `multipart/byteranges; boundary=3f…`.
    ///
    /// The boundary is quoted when it contains characters a bare parameter value (a `token`) cannot hold.
    public var responseContentType: String {
        let isToken = boundary.utf8.allSatisfy(ASCII.isTokenCharacter)
        return "multipart/byteranges; boundary=" + (isToken ? boundary : "\"\(boundary)\"")
    }

    /// Lays out the body for `ranges` of a file of `size` bytes.
    ///
    /// The ranges are used in the given order and are not merged; pass the output of
    /// ``ByteRangeSet/resolve(size:)`` or of the ``RangeResponsePlanner``.
    ///
    /// - Parameters:
    ///   - boundary: The boundary, as produced by ``MultipartBoundary/random(byteCount:)``.
    ///   - contentType: The `Content-Type` a 200 response would carry, repeated in every part; `nil` leaves the
    ///     header out of the parts, as RFC 9110 §14.6 does for a representation without a type.
    ///   - size: The complete length of the file, shown in every `Content-Range`.
    ///   - ranges: The file ranges, each inside `0..<size`.
    /// - Throws: ``MultipartByteRangesError`` for an invalid boundary or content type, no ranges, or a range outside
    ///   the file.
    public init(
        boundary: String,
        contentType: String?,
        size: Int64,
        ranges: [ClosedRange<Int64>]
    ) throws(MultipartByteRangesError) {
        try Self.validate(boundary: boundary)
        if let contentType { try Self.validate(contentType: contentType) }
        guard !ranges.isEmpty else { throw .noRanges }

        var pieces: [Piece] = []
        pieces.reserveCapacity(2 * ranges.count + 1)
        var length: Int64 = 0
        for (index, range) in ranges.enumerated() {
            guard range.lowerBound >= 0, range.upperBound < size else {
                throw .rangeOutOfBounds(range, index: index, size: size)
            }
            var header = index == 0 ? "" : "\r\n"
            header += "--\(boundary)\r\n"
            if let contentType { header += "Content-Type: \(contentType)\r\n" }
            header += "Content-Range: \(ContentRange.bytes(range, size: size))\r\n\r\n"
            for piece in [Piece.bytes(Array(header.utf8)), .fileRange(range)] {
                let sum = length.addingReportingOverflow(piece.length)
                guard !sum.overflow else { throw .contentLengthOverflow }
                length = sum.partialValue
                pieces.append(piece)
            }
        }
        let closing = Piece.bytes(Array("\r\n--\(boundary)--\r\n".utf8))
        let total = length.addingReportingOverflow(closing.length)
        guard !total.overflow else { throw .contentLengthOverflow }
        pieces.append(closing)

        self.boundary = boundary
        self.pieces = pieces
        self.contentLength = total.partialValue
    }

    /// RFC 2046 §5.1.1: `boundary := 0*69<bchars> bcharsnospace`.
    private static func validate(boundary: String) throws(MultipartByteRangesError) {
        let bytes = Array(boundary.utf8)
        guard !bytes.isEmpty else { throw .invalidBoundary(boundary, byteOffset: 0) }
        guard bytes.count <= 70 else { throw .invalidBoundary(boundary, byteOffset: 70) }
        if let offset = bytes.firstIndex(where: { !isBoundaryCharacter($0) }) {
            throw .invalidBoundary(boundary, byteOffset: offset)
        }
        if bytes[bytes.count - 1] == ASCII.space {
            throw .invalidBoundary(boundary, byteOffset: bytes.count - 1)
        }
    }

    /// `bchars` from RFC 2046 §5.1.1.
    private static func isBoundaryCharacter(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || ASCII.isLetter(byte) || "'()+_,-./:=? ".utf8.contains(byte)
    }

    /// Rejects the control characters (other than tab) that would break the part header line.
    private static func validate(contentType: String) throws(MultipartByteRangesError) {
        let bytes = Array(contentType.utf8)
        if let offset = bytes.firstIndex(where: { ($0 < 0x20 && $0 != ASCII.tab) || $0 == 0x7F }) {
            throw .invalidContentType(contentType, byteOffset: offset)
        }
    }
}
