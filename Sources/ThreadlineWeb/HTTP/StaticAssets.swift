import Foundation
import Hummingbird
import ThreadlineSite

/// The site's own static files (stylesheet, scripts), read once at start-up and served from memory
/// with an ETag, so repeat visits cost a 304.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var bytes: ByteBuffer
        var contentType: String
        var etag: String

        func response(for request: Request) -> Response {
            if request.headers[.ifNoneMatch] == etag {
                return Response(status: .notModified, headers: [.eTag: etag])
            }
            return Response(
                status: .ok,
                headers: [.contentType: contentType, .eTag: etag, .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: bytes)
            )
        }
    }

    private let files: [String: Asset]

    init() throws {
        guard let folder = SiteResources.url("assets") else {
            throw PageRenderer.TemplateError(message: "The built-in assets are missing from the build.")
        }
        var files: [String: Asset] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let type =
                switch (name as NSString).pathExtension {
                case "css": "text/css; charset=utf-8"
                case "js": "text/javascript; charset=utf-8"
                case "svg": "image/svg+xml"
                default: "application/octet-stream"
                }
            // A cheap content fingerprint is enough for an ETag; it only has to change when the bytes do.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in data {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            files[name] = Asset(
                bytes: ByteBuffer(bytes: data), contentType: type, etag: "\"\(String(hash, radix: 16))\"")
        }
        self.files = files
    }

    func file(named name: String) -> Asset? { files[name] }
}
