import Foundation
import Hummingbird
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// The public testimony routes: the testimony and clip pages, the recording (with Range support), its captions
/// and transcript downloads. Everything goes through `AccessPolicy.disclosure`: internal, expired or withdrawn
/// testimony is never served to the public, and signed-in team members can play anything.
struct TestimonyController {
    let site: PublicSite
    let access: TestimonyAccess
    let media: MediaLibrary
    let cache: PublicPageCache
    let time: any TimeSource
    let responder = MediaResponder()

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/testimony/:id") { request, context in
            try await page(request.uri.path) { try await site.testimony(id: context.slug(parameter: "id")) }
        }
        router.get("/clips/:id") { request, context in
            try await page(request.uri.path) { try await site.clip(id: context.slug(parameter: "id")) }
        }
        router.get("/testimony/:id/recording") { request, context in try await recording(request, context) }
        router.head("/testimony/:id/recording") { request, context in try await recording(request, context) }
        router.get("/testimony/:id/captions.vtt") { _, context in
            try await transcript(context, format: "vtt", attachment: false)
        }
        for format in ["vtt", "srt", "txt"] {
            router.get("/testimony/:id/transcript.\(format)") { _, context in
                try await transcript(context, format: format, attachment: true)
            }
        }
    }

    /// Pages are cached per day, since consent can end on any day.
    private func page(_ path: String, render: () async throws -> TestimonyPage) async throws -> HTMLPage {
        let key = "\(path)@\(PartialDate(dayOf: time.now()))"
        let cached = try await cache.page(key) {
            switch try await render() {
            case .page(let html): "200" + html
            case .unavailable(let html): "410" + html
            case .missing: nil
            }
        }
        guard let cached else { throw HTTPError(.notFound) }
        return HTMLPage(String(cached.dropFirst(3)), status: cached.hasPrefix("410") ? .gone : .ok)
    }

    private func recording(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let visible = try await access.visible(context.slug(parameter: "id"), to: context.viewer),
            let sha256 = visible.testimony.mediaSHA256, let file = media.fileURL(sha256: sha256)
        else { throw HTTPError(.notFound) }
        return try await responder.response(
            for: file, sha256: sha256, contentType: visible.testimony.mediaType ?? "application/octet-stream",
            request: request, context: context)
    }

    private func transcript(_ context: AppRequestContext, format: String, attachment: Bool) async throws -> Response {
        guard let visible = try await access.visible(context.slug(parameter: "id"), to: context.viewer) else {
            throw HTTPError(.notFound)
        }
        let cues = try await access.cues(of: visible)
        guard !cues.isEmpty else { throw HTTPError(.notFound) }
        let (text, type): (String, String) =
            switch format {
            case "srt": (SRTWriter().string(for: cues), "application/x-subrip; charset=utf-8")
            case "txt": (PlainTranscriptWriter().string(for: cues), "text/plain; charset=utf-8")
            default: (WebVTTWriter().string(for: cues), "text/vtt; charset=utf-8")
            }
        var headers: HTTPFields = [.contentType: type]
        if attachment {
            headers[.contentDisposition] = "attachment; filename=\"testimony-\(visible.testimony.id).\(format)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
