import ThreadlineCore
import ThreadlineStore

/// Every kind of page the public site has, in the order they are written, each rendered by the same `PublicSite`
/// function as the server's route for that address (`PublicController`, `TestimonyController`).
///
/// A new kind of page is one more line here: `.items(…, render:, search:)` for one page per item, `.single(address)`
/// for a page at a fixed address.
public enum SitePageList {
    public static let sources: [SitePageSource] = [
        .single("/") { try await $0.site.home() },
        .items({ $0.enablers }, render: { try await $0.site.enabler(slug: $1.slug) }, search: enablerEntry),
        .items({ $0.learningAreas }, render: { try await $0.site.learningArea(slug: $1.slug) }, search: areaEntry),
        .items(
            { $0.places }, render: { try await $0.site.place(slug: $1.slug) }, search: placeEntry,
            attachments: { try await $0.journeyFiles($1) }),
        // Stories and case studies are most of the pages: each is kept unrendered while its inputs are unchanged.
        .items(
            { $0.stories }, byPlace: true, render: { try await $0.site.story(slug: $1.slug) }, search: storyEntry,
            inputs: { try $0.fingerprints.story($1) }),
        .items(
            { $0.caseStudies }, byPlace: true, render: { try await $0.site.caseStudy(slug: $1.slug) },
            search: caseStudyEntry, inputs: { try $0.fingerprints.caseStudy($1) }),
        .single("/news") { try await $0.site.newsList() },
        .items({ $0.newsPosts }, render: { try await $0.site.newsPost(slug: $1.slug) }, search: newsEntry),
        .items(
            { $0.testimonies }, render: { try await $0.site.testimony(id: $1.id.description).publicHTML },
            search: { try await $0.testimonyEntry($1) }, attachments: { try await $0.testimonyFiles($1) },
            isPublic: { try await $0.access.visible($1.id.description, to: .anonymous) != nil }),
        .single("/testimony") { try await $0.site.testimonyList() },
        .items(
            { $0.clips }, render: { try await $0.site.clip(id: $1.id.description).publicHTML },
            isPublic: { try await $0.site.clip(id: $1.id.description).publicHTML != nil }),
        .items({ $0.milestones }, render: nil, search: milestoneEntry),
        .items(
            { $0.reflectiveLogs }, render: { try await $0.site.reflectiveLog(slug: $1.slug) },
            search: reflectiveLogEntry),
        .single("/theories") { try await $0.site.theoryList() },
        .items(
            { $0.programmeTheories }, render: { try await $0.site.theory(slug: $1.slug) }, search: theoryEntry),
        .single("/reports") { try await $0.site.reportList() },
        .items(
            { $0.reports }, render: { try await $0.site.report(slug: $1.slug) },
            search: { try await $0.reportEntry($1) }),
    ]

    private static func storyEntry(_ context: SiteExportContext, _ story: Story) -> SiteSearchEntry {
        let plain = context.plain(story.body)
        return SiteSearchEntry(
            t: story.title, u: SiteURL.of(story), k: "stories",
            e: context.excerpt(summary: story.summary, plain: plain),
            w: SiteSearchEntry.words([story.summary, plain, story.credit]),
            p: context.publicID(story.placeID), n: context.publicID(story.enablerID))
    }

    private static func caseStudyEntry(_ context: SiteExportContext, _ study: CaseStudy) -> SiteSearchEntry {
        let plain = context.plain(study.body)
        return SiteSearchEntry(
            t: study.title, u: SiteURL.of(study), k: "case-studies",
            e: context.excerpt(summary: study.summary, plain: plain), w: SiteSearchEntry.words([study.summary, plain]),
            p: context.publicID(study.placeID), n: context.publicID(study.enablerID))
    }

    private static func reflectiveLogEntry(_ context: SiteExportContext, _ log: ReflectiveLog) -> SiteSearchEntry {
        let plain = [log.what, log.soWhat, log.nowWhat].map { context.plain($0) }
        return SiteSearchEntry(
            t: log.title, u: SiteURL.of(log), k: "reflective-logs", e: context.excerpt(summary: "", plain: plain[0]),
            w: SiteSearchEntry.words(plain + [log.credit]), p: context.publicID(log.placeID),
            n: context.publicID(log.enablerIDs.first))
    }

    private static func theoryEntry(_ context: SiteExportContext, _ theory: ProgrammeTheory) -> SiteSearchEntry {
        let plain = [theory.context, theory.mechanism, theory.outcome, theory.changeNote].map { context.plain($0) }
        return SiteSearchEntry(
            t: theory.displayTitle, u: SiteURL.of(theory), k: "theories",
            e: context.excerpt(summary: "", plain: plain[1]), w: SiteSearchEntry.words(plain),
            n: context.publicID(theory.enablerID))
    }

    private static func newsEntry(_ context: SiteExportContext, _ post: NewsPost) -> SiteSearchEntry {
        let plain = context.plain(post.body)
        return SiteSearchEntry(
            t: post.title, u: SiteURL.of(post), k: "news", e: context.excerpt(summary: post.summary, plain: plain),
            w: SiteSearchEntry.words([post.summary, plain]))
    }

    private static func placeEntry(_ context: SiteExportContext, _ place: Place) -> SiteSearchEntry {
        let plain = context.plain(place.body)
        return SiteSearchEntry(
            t: place.name, u: SiteURL.of(place), k: "places", e: context.excerpt(summary: place.summary, plain: plain),
            w: SiteSearchEntry.words([place.summary, plain]), p: place.id.description)
    }

    private static func enablerEntry(_ context: SiteExportContext, _ enabler: Enabler) -> SiteSearchEntry {
        let plain = context.plain(enabler.definition)
        return SiteSearchEntry(
            t: enabler.name, u: SiteURL.of(enabler), k: "enablers",
            e: context.excerpt(summary: enabler.summary, plain: plain),
            w: SiteSearchEntry.words([enabler.summary, plain, context.plain(enabler.programmeTheory)]),
            n: enabler.id.description)
    }

    private static func areaEntry(_ context: SiteExportContext, _ area: LearningArea) -> SiteSearchEntry {
        let plain = context.plain(area.outline)
        return SiteSearchEntry(
            t: area.title, u: SiteURL.of(area), k: "areas", e: context.excerpt(summary: "", plain: plain),
            w: SiteSearchEntry.words([plain] + area.questions),
            n: context.publicID(area.enablerID))
    }

    /// A milestone has no page: it is found on its place's page, or its enabler's when it has no place.
    private static func milestoneEntry(_ context: SiteExportContext, _ milestone: Milestone) -> SiteSearchEntry? {
        let address: String
        if let placeID = milestone.placeID {
            guard let slug = context.placeSlugs[placeID] else { return nil }
            address = SiteURL.of(.place, slug: slug)
        } else if let enablerID = milestone.enablerID, let slug = context.enablerSlugs[enablerID] {
            address = SiteURL.of(.enabler, slug: slug)
        } else {
            return nil
        }
        let plain = context.plain(milestone.description)
        return SiteSearchEntry(
            t: milestone.title, u: address, k: "milestones",
            e: context.excerpt(summary: milestone.date?.displayText ?? "", plain: plain),
            w: SiteSearchEntry.words([plain]),
            p: context.publicID(milestone.placeID), n: context.publicID(milestone.enablerID))
    }
}
