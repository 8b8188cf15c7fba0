import ThreadlineCore
import ThreadlineStore

/// Every kind of page the public site has, in the order they are written, each rendered by the same `PublicSite`
/// function as the server's route for that address (`PublicController`, `TestimonyController`).
///
/// A new kind of page is one more line here: `.items({ $0.reports }, render: { try await $0.site.report(slug:
/// $1.slug) }, search: …)` for one page per item, `.single("/reports") { try await $0.site.reportList() }` for a list.
enum SitePageList {
    static let sources: [SitePageSource] = [
        .single("/") { try await $0.site.home() },
        .items({ $0.enablers }, render: { try await $0.site.enabler(slug: $1.slug) }, search: enablerEntry),
        .items({ $0.learningAreas }, render: { try await $0.site.learningArea(slug: $1.slug) }, search: areaEntry),
        .items({ $0.places }, render: { try await $0.site.place(slug: $1.slug) }, search: placeEntry),
        .items({ $0.stories }, render: { try await $0.site.story(slug: $1.slug) }, search: storyEntry),
        .items({ $0.caseStudies }, render: { try await $0.site.caseStudy(slug: $1.slug) }, search: caseStudyEntry),
        .single("/news") { try await $0.site.newsList() },
        .items({ $0.newsPosts }, render: { try await $0.site.newsPost(slug: $1.slug) }, search: newsEntry),
        .items(
            { $0.testimonies }, render: { try await $0.site.testimony(id: $1.id.description).publicHTML },
            search: { try await $0.testimonyEntry($1) }, attachments: { try await $0.testimonyFiles($1) }),
        .items({ $0.clips }, render: { try await $0.site.clip(id: $1.id.description).publicHTML }),
        .items({ $0.milestones }, render: nil, search: milestoneEntry),
    ]

    private static func storyEntry(_ context: SiteExportContext, _ story: Story) -> SiteSearchEntry {
        SiteSearchEntry(
            t: story.title, u: SiteURL.of(story), k: "stories",
            e: context.excerpt(summary: story.summary, body: story.body),
            w: SiteSearchEntry.words([story.summary, context.plain(story.body), story.credit]),
            p: context.publicID(story.placeID), n: context.publicID(story.enablerID))
    }

    private static func caseStudyEntry(_ context: SiteExportContext, _ study: CaseStudy) -> SiteSearchEntry {
        SiteSearchEntry(
            t: study.title, u: SiteURL.of(study), k: "case-studies",
            e: context.excerpt(summary: study.summary, body: study.body),
            w: SiteSearchEntry.words([study.summary, context.plain(study.body)]),
            p: context.publicID(study.placeID), n: context.publicID(study.enablerID))
    }

    private static func newsEntry(_ context: SiteExportContext, _ post: NewsPost) -> SiteSearchEntry {
        SiteSearchEntry(
            t: post.title, u: SiteURL.of(post), k: "news", e: context.excerpt(summary: post.summary, body: post.body),
            w: SiteSearchEntry.words([post.summary, context.plain(post.body)]))
    }

    private static func placeEntry(_ context: SiteExportContext, _ place: Place) -> SiteSearchEntry {
        SiteSearchEntry(
            t: place.name, u: SiteURL.of(place), k: "places",
            e: context.excerpt(summary: place.summary, body: place.body),
            w: SiteSearchEntry.words([place.summary, context.plain(place.body)]), p: place.id.description)
    }

    private static func enablerEntry(_ context: SiteExportContext, _ enabler: Enabler) -> SiteSearchEntry {
        SiteSearchEntry(
            t: enabler.name, u: SiteURL.of(enabler), k: "enablers",
            e: context.excerpt(summary: enabler.summary, body: enabler.definition),
            w: SiteSearchEntry.words([
                enabler.summary, context.plain(enabler.definition), context.plain(enabler.programmeTheory),
            ]),
            n: enabler.id.description)
    }

    private static func areaEntry(_ context: SiteExportContext, _ area: LearningArea) -> SiteSearchEntry {
        SiteSearchEntry(
            t: area.title, u: SiteURL.of(area), k: "areas", e: context.excerpt(summary: "", body: area.outline),
            w: SiteSearchEntry.words([context.plain(area.outline)] + area.questions),
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
        return SiteSearchEntry(
            t: milestone.title, u: address, k: "milestones",
            e: context.excerpt(summary: milestone.date?.displayText ?? "", body: milestone.description),
            w: SiteSearchEntry.words([context.plain(milestone.description)]),
            p: context.publicID(milestone.placeID), n: context.publicID(milestone.enablerID))
    }
}
