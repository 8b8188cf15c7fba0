import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineStore

/// What the page sources need to list and render the public site: the store, the same `PublicSite` the server
/// renders with, and the same consent checks the server's media routes use.
public struct SiteExportContext: Sendable {
    public let store: ThreadlineStore
    public let site: PublicSite
    public let renderer: PageRenderer
    public let access: TestimonyAccess
    public let media: MediaLibrary
    /// Published places' IDs, in their natural order.
    public let placeIDs: [Place.ID]
    /// Published places' slugs by ID, for search entries that lead to a place page (milestones).
    public let placeSlugs: [Place.ID: String]
    /// Published enablers' slugs by ID.
    public let enablerSlugs: [Enabler.ID: String]
    /// What story and case study pages are made from, read before any page is rendered.
    public let fingerprints: SiteInputFingerprints

    /// The context for `site`: the published places and enablers the public can see, and the fingerprints of
    /// what story and case study pages are made from. The static site and the server's sitemap both start here.
    ///
    /// - Parameters:
    ///   - site: The public site, rendering for an anonymous reader.
    ///   - configuration: The media folder and upload limit, as the server uses them.
    ///   - templateDigest: The digest of the templates the pages are rendered with (`SiteInputFingerprints`).
    public static func make(
        site: PublicSite, configuration: WebConfiguration, templateDigest: String
    ) async throws -> SiteExportContext {
        let store = site.store
        let places = try await store.places.all(.published).filter { AccessPolicy.canView($0, as: .anonymous) }
        let enablers = try await store.enablers.all(.published).filter { AccessPolicy.canView($0, as: .anonymous) }
        let fingerprints = try await SiteInputFingerprints.load(
            store: store, places: places, enablers: enablers, templateDigest: templateDigest,
            baseURL: configuration.baseURL)
        return SiteExportContext(
            store: store, site: site, renderer: site.renderer,
            access: TestimonyAccess(testimonies: store.testimonies, transcripts: store.transcripts, time: site.time),
            media: MediaLibrary(path: configuration.mediaPath, maxUploadBytes: configuration.maxUploadBytes),
            placeIDs: places.map(\.id),
            placeSlugs: Dictionary(places.map { ($0.id, $0.slug) }, uniquingKeysWith: { first, _ in first }),
            enablerSlugs: Dictionary(enablers.map { ($0.id, $0.slug) }, uniquingKeysWith: { first, _ in first }),
            fingerprints: fingerprints)
    }

    /// Plain text of Markdown, for search words.
    public func plain(_ markdown: String) -> String { renderer.plainText(markdown) }

    /// The summary when there is one, else the start of the body's plain text (parsed once for words and excerpt).
    public func excerpt(summary: String, plain: String) -> String {
        summary.nonBlank ?? SiteSearchEntry.cut(plain, limit: 160)
    }

    /// The files served beside a testimony's page, exactly as the server's routes serve them to an anonymous
    /// reader: the recording and transcripts only when `TestimonyAccess` says the public may have them today.
    public func testimonyFiles(_ testimony: Testimony) async throws -> [SiteAttachment] {
        guard let visible = try await access.visible(testimony.id.description, to: .anonymous) else { return [] }
        let base = SiteURL.of(testimony)
        var files: [SiteAttachment] = []
        if let sha256 = visible.testimony.mediaSHA256, let file = media.fileURL(sha256: sha256),
            FileManager.default.fileExists(atPath: file.path)
        {
            files.append(SiteAttachment(address: "\(base)/recording", content: .file(file, sha256: sha256)))
        }
        let cues = try await access.cues(of: visible)
        guard !cues.isEmpty else { return files }
        let vtt = Data(WebVTTWriter().string(for: cues).utf8)
        files.append(SiteAttachment(address: "\(base)/captions.vtt", content: .bytes(vtt)))
        files.append(SiteAttachment(address: "\(base)/transcript.vtt", content: .bytes(vtt)))
        files.append(
            SiteAttachment(address: "\(base)/transcript.srt", content: .bytes(Data(SRTWriter().string(for: cues).utf8)))
        )
        files.append(
            SiteAttachment(
                address: "\(base)/transcript.txt", content: .bytes(Data(PlainTranscriptWriter().string(for: cues).utf8))
            ))
        return files
    }

    /// A place's journey infographics, wide and tall, as the server's `/places/{slug}/journey.svg` and
    /// `journey-tall.svg` give them, and as `journey.png` and `journey-tall.png` when a rasteriser is present.
    public func journeyFiles(_ place: Place) async throws -> [SiteAttachment] {
        var files: [SiteAttachment] = []
        for (name, vertical) in [("journey", false), ("journey-tall", true)] {
            guard let svg = try await site.journeySVG(placeSlug: place.slug, vertical: vertical) else { continue }
            let base = "\(SiteURL.of(place))/\(name)"
            files.append(SiteAttachment(address: "\(base).svg", content: .bytes(Data(svg.utf8))))
            // Drawn from the SVG just written, so the two files always show the same journey.
            if let rasteriser = site.rasteriser {
                files.append(
                    SiteAttachment(address: "\(base).png", content: .bytes(try await rasteriser.png(fromSVG: svg))))
            }
        }
        return files
    }

    /// The testimony's search entry: its title, summary and the words of its transcript as the public reads it.
    public func testimonyEntry(_ testimony: Testimony) async throws -> SiteSearchEntry? {
        guard let visible = try await access.visible(testimony.id.description, to: .anonymous) else { return nil }
        let cues = try await access.cues(of: visible)
        return SiteSearchEntry(
            t: testimony.title, u: SiteURL.of(testimony), k: "testimony", e: testimony.summary,
            w: SiteSearchEntry.words([testimony.summary] + cues.map(\.text)),
            p: publicID(testimony.placeID), n: publicID(testimony.enablerID))
    }

    /// The ID of a published place, for the place filter; `nil` for a draft, whose ID is not the public's.
    public func publicID(_ id: Place.ID?) -> String? {
        id.flatMap { placeSlugs[$0] == nil ? nil : $0.description }
    }

    /// The ID of a published enabler, for the enabler filter; `nil` for a draft.
    public func publicID(_ id: Enabler.ID?) -> String? {
        id.flatMap { enablerSlugs[$0] == nil ? nil : $0.description }
    }
}
