import Foundation
import ThreadlineCore
import ThreadlineFormats
import ThreadlineServices
import ThreadlineStore

/// The answer for a testimony or clip address.
public enum TestimonyPage: Sendable, Equatable {
    /// The page.
    case page(String)
    /// Consent has ended or been withdrawn: the page says the testimony is no longer available (410).
    case unavailable(String)
    /// There is no such public page (404).
    case missing
}

extension PublicSite {
    /// The sentence shown where withdrawn or expired testimony used to be.
    public static let unavailableMessage = "This testimony is no longer available."

    /// The day consent is judged on.
    public var today: PartialDate { PartialDate(dayOf: time.now()) }

    /// The testimony the public may see today among `candidates` (published, consent current and public), newest
    /// first, each attributed as its speaker agreed: for the index and for place and enabler pages.
    func publicTestimony(_ candidates: [Testimony], lookup: Lookup) -> [LinkItem] {
        candidates.compactMap { testimony -> (Testimony, LinkItem)? in
            let place = lookup.placeLink(testimony.placeID)
            guard
                case .shown(let attribution, _) = AccessPolicy.disclosure(
                    of: testimony, placeName: place.name, to: .anonymous, today: today)
            else { return nil }
            return (
                testimony,
                LinkItem(
                    title: testimony.title, url: SiteURL.of(testimony), summary: attribution, placeName: place.name,
                    placeURL: place.url)
            )
        }
        .sorted {
            ($0.0.recordedOn?.description ?? "", $0.0.createdAt) > ($1.0.recordedOn?.description ?? "", $1.0.createdAt)
        }
        .map(\.1)
    }

    /// The public index of testimony, or every testimony the public may see today.
    public func testimonyList() async throws -> String {
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let items = publicTestimony(try await store.testimonies.all(ContentQuery(status: .published)), lookup: lookup)
        return renderer.page(
            TestimonyListViewModel(testimony: items, hasTestimony: !items.isEmpty),
            layout: layout("Testimony", programme, section: "testimony"))
    }

    /// The testimony page: player, captions, interactive transcript, clips and downloads, as consent allows.
    public func testimony(id text: String) async throws -> TestimonyPage {
        guard let id = Testimony.ID(text), let testimony = try await store.testimonies.get(id) else { return .missing }
        let lookup = try await lookup()
        let place = lookup.placeLink(testimony.placeID)
        let disclosure = AccessPolicy.disclosure(
            of: testimony, placeName: place.name, to: .anonymous, today: today)
        guard case .shown(let attribution, let named) = disclosure else {
            return try await hiddenPage(disclosure)
        }
        let programme = try await store.programme.get()
        let enabler = lookup.enablerLink(testimony.enablerID)
        let cues = try await TestimonyAccess.readableCues(
            of: testimony, named: named, transcripts: store.transcripts)
        let clips = try await store.clips.all(ContentQuery(status: .published)).filter {
            $0.testimonyID == testimony.id
        }
        let base = SiteURL.of(testimony)
        let downloads =
            cues.isEmpty
            ? []
            : [
                DownloadLink(label: "WebVTT captions (.vtt)", url: "\(base)/transcript.vtt"),
                DownloadLink(label: "SubRip subtitles (.srt)", url: "\(base)/transcript.srt"),
                DownloadLink(label: "Plain text (.txt)", url: "\(base)/transcript.txt"),
            ]
        var model = TestimonyViewModel(
            title: testimony.title, attribution: attribution, recordedText: testimony.recordedOn?.displayText,
            summary: testimony.summary.nonBlank, placeName: place.name, placeURL: place.url,
            enablerName: enabler.name, enablerURL: enabler.url,
            player: Self.player(for: testimony, hasCaptions: !cues.isEmpty, range: nil),
            cues: Self.cueViews(cues), hasCues: !cues.isEmpty,
            clips: clips.map {
                ClipLink(title: $0.title, url: SiteURL.of($0), rangeText: Self.rangeText($0.startMs, $0.endMs))
            },
            hasClips: !clips.isEmpty,
            downloads: downloads, hasDownloads: !downloads.isEmpty
        )
        model.citations = try await citedIn(clips.map { .clip($0.id) })
        model.hasCitations = !model.citations.isEmpty
        return .page(
            renderer.page(
                model,
                layout: layout(testimony.title, programme, description: testimony.summary.nonBlank ?? attribution)))
    }

    /// A clip's page: the quote, and a player limited to the clip's range.
    public func clip(id text: String) async throws -> TestimonyPage {
        guard let id = Clip.ID(text), let clip = try await store.clips.get(id) else { return .missing }
        let testimony = try await clip.testimonyID.asyncMap { try await store.testimonies.get($0) } ?? nil
        let lookup = try await lookup()
        let place = lookup.placeLink(testimony?.placeID)
        let disclosure = AccessPolicy.disclosure(
            of: clip, in: testimony, placeName: place.name, to: .anonymous, today: today)
        guard case .shown(let attribution, let named) = disclosure, let testimony else {
            return try await hiddenPage(disclosure)
        }
        let programme = try await store.programme.get()
        let allCues = try await TestimonyAccess.readableCues(
            of: testimony, named: named, transcripts: store.transcripts)
        let covered = allCues.filter {
            $0.endMs > clip.startMs && $0.startMs < clip.endMs
        }
        let range = Self.rangeText(clip.startMs, clip.endMs)
        var model = ClipViewModel(
            title: clip.title, quote: allCues.quote(fromMs: clip.startMs, toMs: clip.endMs),
            attribution: attribution, rangeText: range, testimonyTitle: testimony.title,
            testimonyURL: SiteURL.of(testimony) + Self.fragment(clip.startMs, clip.endMs),
            player: Self.player(for: testimony, hasCaptions: !allCues.isEmpty, range: (clip.startMs, clip.endMs)),
            cues: Self.cueViews(covered), hasCues: !covered.isEmpty
        )
        model.citations = try await citedIn([.clip(clip.id)])
        model.hasCitations = !model.citations.isEmpty
        return .page(renderer.page(model, layout: layout(clip.title, programme, description: model.quote)))
    }

    private func hiddenPage(_ disclosure: TestimonyDisclosure) async throws -> TestimonyPage {
        switch disclosure {
        case .hidden(.withdrawn), .hidden(.expired):
            let programme = try await store.programme.get()
            return .unavailable(
                renderer.page(
                    UnavailableViewModel(message: Self.unavailableMessage),
                    layout: layout("No longer available", programme)))
        default:
            return .missing
        }
    }

    public static func player(for testimony: Testimony, hasCaptions: Bool, range: (Int, Int)?) -> PlayerView? {
        guard testimony.hasRecording, let type = testimony.mediaType else { return nil }
        let base = SiteURL.of(testimony)
        let isVideo = type.hasPrefix("video/")
        return PlayerView(
            element: isVideo ? "video" : "audio", isVideo: isVideo,
            source: "\(base)/recording" + (range.map { fragment($0.0, $0.1) } ?? ""),
            mediaType: type.split(separator: ";").first.map(String.init) ?? type,
            captionsURL: hasCaptions ? "\(base)/captions.vtt" : nil,
            durationText: testimony.durationMs.map(TimeSpanText.clock),
            startSeconds: range.map { TimeSpanText.seconds($0.0) },
            endSeconds: range.map { TimeSpanText.seconds($0.1) },
            clipText: range.map {
                "Clip, \(TimeSpanText.clock(max(0, $0.1 - $0.0))) long: \(TimeSpanText.clock($0.0)) to "
                    + "\(TimeSpanText.clock($0.1)) of the recording."
            }
        )
    }

    public static func cueViews(_ cues: [TranscriptCue]) -> [CueView] {
        cues.map {
            CueView(
                startSeconds: TimeSpanText.seconds($0.startMs), endSeconds: TimeSpanText.seconds($0.endMs),
                timeText: TimeSpanText.clock($0.startMs), speaker: $0.speaker?.nonBlank, text: $0.text)
        }
    }

    /// A Media Fragments temporal range, `#t=12.5,30`.
    public static func fragment(_ startMs: Int, _ endMs: Int) -> String {
        "#t=\(TimeSpanText.seconds(startMs)),\(TimeSpanText.seconds(endMs))"
    }

    public static func rangeText(_ startMs: Int, _ endMs: Int) -> String {
        "\(TimeSpanText.clock(startMs))–\(TimeSpanText.clock(endMs))"
    }
}

extension Optional {
    /// `map` for an async transform.
    public func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

extension PublicSite {
    /// The search page around a prepared view model.
    public func searchPage(_ model: SearchViewModel) async throws -> String {
        let programme = try await store.programme.get()
        return renderer.page(
            model,
            layout: layout(
                model.hasQuery ? "Search: \(model.query)" : "Search", programme,
                section: "search"))
    }
}
