import Foundation
import ThreadlineCharts
import ThreadlineCore
import ThreadlineStore

/// Turns a report snapshot into its page's sections and "Evidence cited", resolving each embed against the store as
/// it is now and as the public may see it.
///
/// Embeds are resolved when the page is rendered, not when the report is published, so withdrawing consent removes a
/// quote from every report at once; an embed the public cannot see becomes a short sentence, never its content.
public struct ReportComposer {
    public let store: ThreadlineStore
    public let renderer: PageRenderer
    public let lookup: PublicSite.Lookup
    public let today: PartialDate
    public let baseURL: String
    /// The report's public address, for links from sections and evidence.
    public let reportURL: String

    /// The sentence shown where an embed cannot be shown to the public.
    public static let unavailable = "This evidence is not available to the public."

    /// Evidence gathered while sections are composed, in order of first citation.
    public struct EvidenceLedger {
        public var order: [String] = []
        public var items: [String: EvidenceCitedItem] = [:]

        public mutating func note(_ key: String, _ item: @autoclosure () -> EvidenceCitedItem, section: SectionLink) {
            if items[key] == nil {
                order.append(key)
                items[key] = item()
            }
            if items[key]?.sections.contains(where: { $0.url == section.url }) == false {
                items[key]?.sections.append(section)
            }
        }

        public var list: [EvidenceCitedItem] { order.compactMap { items[$0] } }
    }

    /// The page sections of `snapshot`, with the evidence they cite.
    public func compose(_ snapshot: ReportSnapshot) async throws -> (
        sections: [ReportSectionView], evidence: [EvidenceCitedItem]
    ) {
        var ledger = EvidenceLedger()
        var views: [ReportSectionView] = []
        let areas = try await store.learningAreas.get(ids: snapshot.sections.compactMap(\.learningAreaID))
            .filter { AccessPolicy.canView($0, as: .anonymous) }
        let areaByID = Dictionary(areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for section in snapshot.sections {
            let area = section.learningAreaID.flatMap { areaByID[$0] }
            let enabler = lookup.enablerLink(area?.enablerID)
            views.append(
                ReportSectionView(
                    anchor: section.anchor, title: section.title, areaName: area?.title,
                    areaURL: area.map { SiteURL.of($0) }, enablerName: enabler.name, enablerURL: enabler.url,
                    bodyHTML: try await body(of: section, ledger: &ledger)))
        }
        return (views, ledger.list)
    }

    /// A section's text as HTML, embeds in place and the questions at the end unless placed by `{{questions}}`.
    public func body(of section: ReportSection, ledger: inout EvidenceLedger) async throws -> String {
        let scanned = ReportBody(section.body)
        var html = renderer.html(scanned.markdown, idPrefix: "s\(section.position)")
        let link = SectionLink(title: section.title, url: "\(reportURL)#\(section.anchor)")
        let questions = section.questions.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        for (index, embed) in scanned.embeds.enumerated() {
            let marker = scanned.markerParagraph(index)
            guard html.contains(marker) else { continue }
            let embedHTML = try await render(
                embed, idPrefix: "s\(section.position)-e\(index)", questions: questions, section: link, ledger: &ledger)
            html = html.replacingOccurrences(of: marker, with: embedHTML)
        }
        // A marker the Markdown put somewhere other than its own paragraph (it cannot, but a stray one must not
        // show) is removed.
        html.removeAll { $0 == ReportBody.markerStart || $0 == ReportBody.markerEnd }
        if !questions.isEmpty, !scanned.embeds.contains(.questions) {
            html += renderer.fragment(QuestionsEmbedView(questions: questions))
        }
        return html
    }

    private func missing(_ message: String = unavailable) -> String {
        renderer.fragment(MissingEmbedView(message: message))
    }

    /// One embed's HTML; `idPrefix` keeps the ids inside it (a chart's title) unique on the page.
    private func render(
        _ embed: ReportEmbed, idPrefix: String, questions: [String], section: SectionLink,
        ledger: inout EvidenceLedger
    ) async throws -> String {
        switch embed {
        case .questions:
            return questions.isEmpty
                ? "" : renderer.fragment(QuestionsEmbedView(questions: questions))
        case .clip(let id):
            guard let view = try await clipView(id) else { return missing() }
            ledger.note(
                "clip:\(id)",
                EvidenceCitedItem(
                    kindLabel: "Testimony clip", title: view.title, url: view.clipURL,
                    detail: "\(view.rangeText) of \(view.testimonyTitle); \(view.attribution)", sections: []),
                section: section)
            return renderer.fragment(view)
        case .story(let slug):
            guard let story = try await store.stories.get(slug: slug), AccessPolicy.canView(story, as: .anonymous)
            else { return missing() }
            let card = CardEmbedView(
                kicker: "Local story", title: story.title, url: SiteURL.of(story), summary: story.summary.nonBlank)
            ledger.note(
                "story:\(slug)",
                EvidenceCitedItem(
                    kindLabel: "Local story", title: story.title, url: card.url,
                    detail: lookup.placeLink(story.placeID).name, sections: []),
                section: section)
            return renderer.fragment(card)
        case .caseStudy(let slug):
            guard let study = try await store.caseStudies.get(slug: slug),
                AccessPolicy.canView(study, as: .anonymous)
            else { return missing() }
            let card = CardEmbedView(
                kicker: study.format.label, title: study.title, url: SiteURL.of(study),
                summary: study.summary.nonBlank)
            ledger.note(
                "case-study:\(slug)",
                EvidenceCitedItem(
                    kindLabel: "Case study", title: study.title, url: card.url,
                    detail: lookup.placeLink(study.placeID).name, sections: []),
                section: section)
            return renderer.fragment(card)
        case .journey(let slug):
            guard let place = try await store.places.get(slug: slug), AccessPolicy.canView(place, as: .anonymous)
            else { return missing() }
            let milestones = try await store.milestones.all(ContentQuery(status: .published, placeID: place.id))
                .sorted {
                    ($0.date ?? PartialDate(year: 9999)!, $0.title) < ($1.date ?? PartialDate(year: 9999)!, $1.title)
                }
            // The same infographic as the place page, wide and tall; its ids are made unique to this embed, since
            // a report may show several journeys and other charts.
            let view = JourneyEmbedView(
                placeName: place.name, placeURL: SiteURL.of(place),
                wideSVG: PublicSite.journey(
                    of: place, milestones: milestones, lookup: lookup, orientation: .horizontal,
                    idPrefix: "journey-\(idPrefix)-wide"),
                narrowSVG: PublicSite.journey(
                    of: place, milestones: milestones, lookup: lookup, orientation: .vertical,
                    idPrefix: "journey-\(idPrefix)-narrow"),
                milestones: milestones.map { milestone in
                    let enablers = milestone.allEnablerIDs.compactMap { id in
                        lookup.enablers[id].map { "\($0.number). \($0.name)" }
                    }
                    let parts =
                        [milestone.kind?.label, PublicSite.era(of: milestone.date, in: place.parsedEras)?.title]
                        .compactMap { $0 } + enablers
                    return JourneyEmbedMilestone(
                        dateText: milestone.date?.displayText ?? "Date not known", title: milestone.title,
                        detail: parts.isEmpty ? nil : parts.joined(separator: " · "))
                },
                hasMilestones: !milestones.isEmpty)
            ledger.note(
                "journey:\(slug)",
                EvidenceCitedItem(
                    kindLabel: "Place journey", title: "\(place.name)'s journey", url: view.placeURL,
                    detail: "\(milestones.count) milestones", sections: []),
                section: section)
            return renderer.fragment(view)
        }
    }

    /// The clip as the public may see it today, or `nil` when it may not be shown.
    public func clipView(_ id: Clip.ID) async throws -> ClipEmbedView? {
        guard let clip = try await store.clips.get(id), let testimonyID = clip.testimonyID,
            let testimony = try await store.testimonies.get(testimonyID)
        else { return nil }
        let place = lookup.placeLink(testimony.placeID)
        let disclosure = AccessPolicy.disclosure(
            of: clip, in: testimony, placeName: place.name, to: .anonymous, today: today)
        guard case .shown(let attribution, _) = disclosure else { return nil }
        // Only the cues' text is used (the quote), never their speaker labels, so the stored cues serve as they are.
        let cues = try await store.transcripts.cues(of: testimony.id)
        let clipURL = SiteURL.of(clip)
        return ClipEmbedView(
            id: clip.id.description, title: clip.title, clipURL: clipURL, absoluteClipURL: baseURL + clipURL,
            quote: cues.quote(fromMs: clip.startMs, toMs: clip.endMs).nonBlank, attribution: attribution,
            rangeText: PublicSite.rangeText(clip.startMs, clip.endMs), testimonyTitle: testimony.title,
            testimonyURL: SiteURL.of(testimony) + PublicSite.fragment(clip.startMs, clip.endMs),
            player: PublicSite.player(for: testimony, hasCaptions: !cues.isEmpty, range: (clip.startMs, clip.endMs)))
    }

    /// Why the public cannot see what `embed` points at today, in words for an editor; `nil` when it can.
    public func unavailability(of embed: ReportEmbed) async throws -> String? {
        switch embed {
        case .questions:
            return nil
        case .clip(let id):
            guard let clip = try await store.clips.get(id) else { return "there is no clip with this ID" }
            guard let testimonyID = clip.testimonyID, let testimony = try await store.testimonies.get(testimonyID)
            else { return "the clip belongs to no testimony" }
            let disclosure = AccessPolicy.disclosure(
                of: clip, in: testimony, placeName: lookup.placeLink(testimony.placeID).name, to: .anonymous,
                today: today)
            switch disclosure {
            case .shown: return nil
            case .hidden(.draft): return "the clip or its testimony is a draft"
            case .hidden(.internalOnly): return "the testimony's consent keeps it inside the team"
            case .hidden(.expired): return "the testimony's consent has ended"
            case .hidden(.withdrawn): return "consent to the testimony was withdrawn"
            }
        case .story(let slug):
            guard let story = try await store.stories.get(slug: slug) else { return "there is no story \"\(slug)\"" }
            return story.isPublished ? nil : "the story is a draft"
        case .caseStudy(let slug):
            guard let study = try await store.caseStudies.get(slug: slug) else {
                return "there is no case study \"\(slug)\""
            }
            return study.isPublished ? nil : "the case study is a draft"
        case .journey(let slug):
            guard let place = try await store.places.get(slug: slug) else { return "there is no place \"\(slug)\"" }
            return place.isPublished ? nil : "the place is a draft"
        }
    }
}
