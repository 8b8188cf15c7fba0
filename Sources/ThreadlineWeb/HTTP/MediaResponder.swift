import Foundation
import Hummingbird
import ThreadlineByteRanges

/// Answers a request for a stored file with full HTTP Range support, so that players can seek: 200 with
/// `Accept-Ranges`, 206 for one range or several (multipart/byteranges), 416 for ranges past the end, 304 for a
/// matching `If-None-Match`, and `If-Range` honoured — all decided by `RangeResponsePlanner` (RFC 9110 §14).
///
/// Stored files never change (they are named by their SHA-256), so that digest is a strong ETag and the files
/// may be cached for a long time.
struct MediaResponder: Sendable {
    let fileIO = FileIO()
    /// Bytes read from disk per step. Each step is a hop to the file-I/O thread pool; Hummingbird's default of
    /// 128 KiB costs eight hops per megabyte, which dominated the time of a 1 MB Range request on loopback.
    static let chunkLength = 1 << 20

    /// The response for `file`, whose bytes have SHA-256 `sha256` and type `contentType`.
    func response(
        for file: URL, sha256: String, contentType: String, request: Request, context: some RequestContext
    ) async throws -> Response {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        guard let size = (attributes?[.size] as? NSNumber)?.int64Value else {
            throw HTTPError(.notFound, message: "The recording's file is missing from the media folder.")
        }
        let modified = (attributes?[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let etag = ETag.strong(forSHA256Hex: sha256)
        let contentType = Self.playableType(contentType)
        var headers: HTTPFields = [
            .acceptRanges: "bytes", .eTag: etag, .lastModified: HTTPDate.format(modified),
            // Revalidated every time (cheaply, through the ETag), so withdrawn consent takes effect at once.
            .cacheControl: "private, no-cache",
            // Never let a browser guess a type: a recording is played, never run.
            .contentDisposition: "inline", .init("X-Content-Type-Options")!: "nosniff",
        ]
        let isHead = request.method == .head
        if let condition = request.headers[.ifNoneMatch], ETagMatcher.matches(ifNoneMatch: condition, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        let plan = RangeResponsePlanner.plan(
            method: request.method.rawValue, rangeHeader: request.headers[.range],
            ifRangeHeader: request.headers[.ifRange], etag: etag, lastModified: modified, size: size,
            contentType: contentType)
        switch plan {
        case .full:
            headers[.contentType] = contentType
            headers[.contentLength] = String(size)
            let body =
                isHead || size == 0 ? ResponseBody() : try await fileIO.loadFile(path: file.path, context: context)
            return Response(status: .ok, headers: headers, body: body)
        case .single(let range):
            headers[.contentType] = contentType
            headers[.contentRange] = ContentRange.bytes(range, size: size)
            headers[.contentLength] = String(range.count)
            let body =
                isHead
                ? ResponseBody()
                : try await fileIO.loadFile(
                    path: file.path, range: Int(range.lowerBound)...Int(range.upperBound), context: context,
                    chunkLength: Self.chunkLength)
            return Response(status: .partialContent, headers: headers, body: body)
        case .multiple(let ranges, let boundary):
            let multipart = try MultipartByteRanges(
                boundary: boundary, contentType: contentType, size: size, ranges: ranges)
            headers[.contentType] = multipart.responseContentType
            headers[.contentLength] = String(multipart.contentLength)
            let body = isHead ? ResponseBody() : Self.multipartBody(multipart, file: file)
            return Response(status: .partialContent, headers: headers, body: body)
        case .unsatisfiable:
            headers[.contentRange] = ContentRange.unsatisfied(size: size)
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
    }

    /// Only audio and video types are ever sent as such: a type from an imported bundle that says anything else
    /// is served as opaque bytes, so a stored file can never be taken for a page or a script.
    static func playableType(_ type: String) -> String {
        let lowered = type.lowercased()
        guard lowered.hasPrefix("audio/") || lowered.hasPrefix("video/"),
            !lowered.contains("\r"), !lowered.contains("\n")
        else { return "application/octet-stream" }
        return type
    }

    /// The parts of a multipart/byteranges body, read from the file a chunk at a time.
    private static func multipartBody(_ multipart: MultipartByteRanges, file: URL) -> ResponseBody {
        ResponseBody(contentLength: Int(multipart.contentLength)) { writer in
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            for piece in multipart.pieces {
                switch piece {
                case .bytes(let bytes):
                    try await writer.write(ByteBuffer(bytes: bytes))
                case .fileRange(let range):
                    try handle.seek(toOffset: UInt64(range.lowerBound))
                    var remaining = Int(range.count)
                    while remaining > 0 {
                        let chunk = try handle.read(upToCount: min(remaining, 128 * 1024)) ?? Data()
                        if chunk.isEmpty { throw HTTPError(.internalServerError) }
                        remaining -= chunk.count
                        try await writer.write(ByteBuffer(bytes: chunk))
                    }
                }
            }
            try await writer.finish(nil)
        }
    }
}
