import Foundation
import ThreadlineCharts
public import ThreadlineCore
import ThreadlineFormats
public import ThreadlineStore

/// Builds every public page from the store, showing only what `AccessPolicy` lets the public see.
///
/// It knows nothing of HTTP: it returns HTML (or `nil` for "no such public page"), so the server and a
/// static export share it and show the same bytes.
public struct PublicSite: Sendable {
    /// The heading and message of the 404 page, the server's and the static site's `404.html` alike.
    public static let notFoundText = (
        "Page not found", "There is no public page at this address. It may have moved, or not be published yet."
    )

    public let store: ThreadlineStore
    public let renderer: PageRenderer
    public let baseURL: String
    /// The clock that says which day it is: consent to show testimony ends on a day.
    public let time: any TimeSource
    /// What draws journeys as PNG; without one, place pages offer only the SVG files.
    public let rasteriser: SVGRasteriser?
    /// Journey PNGs already made, and the limit on conversions at once.
    public let rasterCache = RasterCache()

    /// Creates the site over a store; `rasteriser` (none by default) lets it offer journeys as PNG too.
    public init(
        store: ThreadlineStore, renderer: PageRenderer, baseURL: String, time: any TimeSource = SystemTimeSource(),
        rasteriser: SVGRasteriser? = nil
    ) {
        self.store = store
        self.renderer = renderer
        self.baseURL = baseURL
        self.time = time
        self.rasteriser = rasteriser
    }

    private let viewer = Viewer.anonymous

    public func layout(_ title: String, _ programme: Programme, section: String = "", description: String? = nil)
        -> LayoutModel
    {
        LayoutModel(
            title: title, programmeName: programme.name, language: programme.language,
            description: description ?? programme.tagline, currentSection: section,
            linksWorkspace: !Self.isStaticExport
        )
    }

    private func visible<E: ContentEntity>(_ item: E?) -> E? {
        guard let item, AccessPolicy.canView(item, as: viewer) else { return nil }
        return item
    }

    private func published<E: ContentEntity>(_ repository: any ContentRepository<E>, _ query: ContentQuery = .published)
        async throws -> [E]
    {
        // A query with a small limit (the three latest news posts) is one page; otherwise every item.
        let items =
            query.limit < ContentQuery.maximumLimit
            ? try await repository.list(query).items : try await repository.all(query)
        return items.filter { AccessPolicy.canView($0, as: viewer) }
    }

    /// Names and addresses of the published enablers and places, for links from other pages.
    public struct Lookup: Sendable {
        public var enablers: [Enabler.ID: Enabler]
        public var places: [Place.ID: Place]

        public func enablerLink(_ id: Enabler.ID?) -> (name: String?, url: String?) {
            guard let id, let enabler = enablers[id] else { return (nil, nil) }
            return (enabler.name, SiteURL.of(enabler))
        }

        public func placeLink(_ id: Place.ID?) -> (name: String?, url: String?) {
            guard let id, let place = places[id] else { return (nil, nil) }
            return (place.name, SiteURL.of(place))
        }
    }

    public func lookup() async throws -> Lookup {
        if let snapshot = Self.exportLookup { return snapshot }  // A static export's; see PublicSite+ExportSnapshot.
        let enablers = try await published(store.enablers)
        let places = try await published(store.places)
        return Lookup(
            enablers: Dictionary(uniqueKeysWithValues: enablers.map { ($0.id, $0) }),
            places: Dictionary(uniqueKeysWithValues: places.map { ($0.id, $0) })
        )
    }

    private func milestoneItem(_ milestone: Milestone, _ lookup: Lookup) -> MilestoneItem {
        let enabler = lookup.enablerLink(milestone.enablerID)
        let place = lookup.placeLink(milestone.placeID)
        return MilestoneItem(
            title: milestone.title, dateISO: milestone.date?.description ?? "",
            dateText: milestone.date?.displayText ?? "Date not known",
            descriptionHTML: milestone.description.nonBlank.map {
                renderer.html($0, idPrefix: "milestone-\(milestone.id.description.prefix(8))")
            },
            enablerName: enabler.name, enablerURL: enabler.url, placeName: place.name, placeURL: place.url,
            kindText: milestone.kind?.label,
            otherEnablers: milestone.allEnablerIDs.dropFirst(milestone.enablerID == nil ? 0 : 1).compactMap { id in
                let link = lookup.enablerLink(id)
                return link.name.flatMap { name in link.url.map { EnablerLinkItem(name: name, url: $0) } }
            }
        )
    }

    /// The era of `eras` a date falls in: of those that cover it, the one that started last.
    public static func era(of date: PartialDate?, in eras: [PlaceEra]) -> PlaceEra? {
        guard let date else { return nil }
        // An end written as a year or month lasts to the end of it: "to 2022" covers July 2022.
        func notAfter(_ end: PartialDate) -> Bool {
            if date <= end { return true }
            if end.month == nil { return date.year == end.year }
            return end.day == nil && date.year == end.year && date.month == end.month
        }
        return eras.filter { $0.start <= date && ($0.end.map(notAfter) ?? true) }.max { $0.start < $1.start }
    }

    private func newsItem(_ post: NewsPost) -> NewsItem {
        let date = post.publishedAt ?? post.createdAt
        return NewsItem(
            title: post.title, url: SiteURL.of(post), summary: post.summary.nonBlank,
            dateISO: DateText.iso(date), dateText: DateText.display(date)
        )
    }

    private func storyLink(_ story: Story, _ lookup: Lookup) -> LinkItem {
        let place = lookup.placeLink(story.placeID)
        return LinkItem(
            title: story.title, url: SiteURL.of(story), summary: story.summary.nonBlank,
            placeName: place.name, placeURL: place.url
        )
    }

    private func organisationItems(_ ids: [Organisation.ID]) async throws -> [OrganisationItem] {
        try await store.organisations.get(ids: ids).filter { AccessPolicy.canView($0, as: viewer) }
            .map { OrganisationItem(name: $0.name, sector: $0.sector.nonBlank, website: $0.website) }
    }

    /// The programme home page.
    public func home() async throws -> String {
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let areas = try await published(store.learningAreas).map { area in
            let enabler = lookup.enablerLink(area.enablerID)
            return AreaItem(
                title: area.title, url: SiteURL.of(area), excerpt: renderer.excerpt(area.outline),
                enablerName: enabler.name, enablerURL: enabler.url
            )
        }
        let enablers = lookup.enablers.values.sorted { ($0.number, $0.name) < ($1.number, $1.name) }.map {
            EnablerItem(number: $0.number, name: $0.name, url: SiteURL.of($0), summary: $0.summary.nonBlank)
        }
        let places = lookup.places.values.sorted { $0.name < $1.name }.map {
            PlaceItem(name: $0.name, url: SiteURL.of($0), summary: $0.summary.nonBlank)
        }
        let news = try await published(store.newsPosts, ContentQuery(status: .published, limit: 3)).map(newsItem)
        let model = HomeViewModel(
            programmeName: programme.name, tagline: programme.tagline.nonBlank,
            aboutHTML: renderer.html(programme.about),
            areas: areas, hasAreas: !areas.isEmpty, enablers: enablers, hasEnablers: !enablers.isEmpty,
            places: places, hasPlaces: !places.isEmpty, news: news, hasNews: !news.isEmpty
        )
        return renderer.page(model, layout: layout("Home", programme, section: "home"))
    }

    /// An enabler's page, or `nil`.
    public func enabler(slug: String) async throws -> String? {
        guard let enabler = visible(try await store.enablers.get(slug: slug)) else { return nil }
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let byEnabler = ContentQuery(status: .published, enablerID: enabler.id)
        let areas = try await published(store.learningAreas, byEnabler).map {
            LinkItem(title: $0.title, url: SiteURL.of($0), summary: nil)
        }
        let stories = try await published(store.stories, byEnabler).map { storyLink($0, lookup) }
        let milestones = try await published(store.milestones, byEnabler)
            .filter { $0.placeID.map { lookup.places[$0] != nil } ?? true }
            .map { milestoneItem($0, lookup) }
        var model = EnablerViewModel(
            number: enabler.number, name: enabler.name, summary: enabler.summary.nonBlank,
            definitionHTML: renderer.html(enabler.definition),
            theoryHTML: enabler.programmeTheory.nonBlank.map { renderer.html($0, idPrefix: "theory") },
            areas: areas, hasAreas: !areas.isEmpty, stories: stories, hasStories: !stories.isEmpty,
            milestones: milestones, hasMilestones: !milestones.isEmpty
        )
        model.testimony = publicTestimony(
            try await store.testimonies.all(ContentQuery(status: .published)).filter { $0.enablerID == enabler.id },
            lookup: lookup)
        model.hasTestimony = !model.testimony.isEmpty
        return renderer.page(model, layout: layout(enabler.name, programme, description: enabler.summary))
    }

    /// A learning area's page, or `nil`.
    public func learningArea(slug: String) async throws -> String? {
        guard let area = visible(try await store.learningAreas.get(slug: slug)) else { return nil }
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let enabler = lookup.enablerLink(area.enablerID)
        var story: LinkItem?
        if let storyID = area.featuredStoryID, let featured = visible(try await store.stories.get(storyID)) {
            story = storyLink(featured, lookup)
        }
        let questions = area.questions.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let model = AreaViewModel(
            title: area.title, outlineHTML: renderer.html(area.outline), enablerName: enabler.name,
            enablerURL: enabler.url, story: story, questions: questions, hasQuestions: !questions.isEmpty
        )
        let description = renderer.excerpt(area.outline)
        return renderer.page(model, layout: layout(area.title, programme, description: description))
    }

    /// A place's journey as an SVG infographic: wide (horizontal) for screens, tall (vertical) for phones; `nil`
    /// when no published milestone has a date. Milestones are coloured and shaped by their enabler, with a legend.
    /// `idPrefix` starts the drawing's ids (by default `journey-wide` or `journey-narrow`), for pages that show
    /// more than one journey.
    public static func journey(
        of place: Place, milestones: [Milestone], lookup: Lookup, orientation: JourneyOrientation,
        idPrefix: String? = nil
    ) -> String? {
        let enablers = lookup.enablers.values.sorted { $0.number < $1.number }
        return JourneyInfographic().svg(
            title: "\(place.name)'s journey",
            milestones: milestones.compactMap { milestone in
                milestone.date.map {
                    JourneyMilestone(
                        date: $0, title: milestone.title, kind: milestone.kind?.label ?? "",
                        enablerNumbers: milestone.allEnablerIDs.compactMap { lookup.enablers[$0]?.number })
                }
            },
            eras: place.parsedEras.map { JourneyEra(title: $0.title, start: $0.start, end: $0.end) },
            enablers: enablers.map { JourneyEnablerStyle(number: $0.number, name: $0.name) },
            orientation: orientation,
            idPrefix: idPrefix ?? (orientation == .horizontal ? "journey-wide" : "journey-narrow"))
    }

    /// A place's journey infographic on its own, for downloading or embedding by URL; `nil` when the place is not
    /// public or has no dated milestones.
    public func journeySVG(placeSlug slug: String, vertical: Bool) async throws -> String? {
        guard let place = visible(try await store.places.get(slug: slug)) else { return nil }
        let milestones = try await published(store.milestones, ContentQuery(status: .published, placeID: place.id))
        let svg = Self.journey(
            of: place, milestones: milestones, lookup: try await lookup(),
            orientation: vertical ? .vertical : .horizontal)
        return svg.map { "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + $0 }
    }

    /// A place's journey infographic as a PNG, drawn from the SVG of this very request (nothing is kept, so it
    /// always shows what the SVG shows); `nil` when there is no SVG or no rasteriser.
    public func journeyPNG(placeSlug slug: String, vertical: Bool) async throws -> Data? {
        guard let rasteriser, let svg = try await journeySVG(placeSlug: slug, vertical: vertical) else { return nil }
        return try await rasterCache.png(of: svg) { try await rasteriser.png(fromSVG: $0) }
    }

    /// Whether journeys are offered as PNG.
    public var offersJourneyPNG: Bool { rasteriser != nil }

    /// A place's page, or `nil`.
    public func place(slug: String) async throws -> String? {
        guard let place = visible(try await store.places.get(slug: slug)) else { return nil }
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let byPlace = ContentQuery(status: .published, placeID: place.id)
        let stories = try await published(store.stories, byPlace)
        let caseStudies = try await published(store.caseStudies, byPlace)
        let milestones = try await published(store.milestones, byPlace).sorted {
            ($0.date ?? PartialDate(year: 9999)!, $0.title) < ($1.date ?? PartialDate(year: 9999)!, $1.title)
        }
        // Organisations "involved" are those based in the place and those named by its stories and case studies.
        let based = try await published(store.organisations, byPlace)
        let named = Set(stories.flatMap(\.organisationIDs) + caseStudies.flatMap(\.organisationIDs))
        let others = try await store.organisations.get(ids: Array(named.subtracting(based.map(\.id))))
            .filter { AccessPolicy.canView($0, as: viewer) }
        let organisations = (based + others).sorted { $0.name < $1.name }.map {
            OrganisationItem(name: $0.name, sector: $0.sector.nonBlank, website: $0.website)
        }
        let evaluation = try await placeEvaluation(place, lookup: lookup)
        var model = PlaceViewModel(
            name: place.name, summary: place.summary.nonBlank, bodyHTML: place.body.nonBlank.map { renderer.html($0) },
            journeySVG: Self.journey(of: place, milestones: milestones, lookup: lookup, orientation: .horizontal),
            journeyNarrowSVG: Self.journey(of: place, milestones: milestones, lookup: lookup, orientation: .vertical),
            journeyURL: "\(SiteURL.of(place))/journey.svg", journeyTallURL: "\(SiteURL.of(place))/journey-tall.svg",
            journeyPNGURL: rasteriser == nil ? nil : "\(SiteURL.of(place))/journey.png",
            journeyTallPNGURL: rasteriser == nil ? nil : "\(SiteURL.of(place))/journey-tall.png",
            milestones: milestones.map { milestone in
                var item = milestoneItem(milestone, lookup)
                item.eraTitle = Self.era(of: milestone.date, in: place.parsedEras)?.title
                return item
            },
            hasMilestones: !milestones.isEmpty,
            stories: stories.map { storyLink($0, lookup) }, hasStories: !stories.isEmpty,
            caseStudies: caseStudies.map {
                CaseStudyItem(title: $0.title, url: SiteURL.of($0), formatLabel: $0.format.label)
            },
            hasCaseStudies: !caseStudies.isEmpty, organisations: organisations, hasOrganisations: !organisations.isEmpty
        )
        model.testimony = publicTestimony(
            try await store.testimonies.all(ContentQuery(status: .published, placeID: place.id)), lookup: lookup)
        model.hasTestimony = !model.testimony.isEmpty
        model.reflectiveLogs = evaluation.logs
        model.hasReflectiveLogs = !evaluation.logs.isEmpty
        model.counts = evaluation.counts
        return renderer.page(
            model, layout: layout(place.name, programme, section: "places", description: place.summary))
    }

    /// A story's page, or `nil`.
    public func story(slug: String) async throws -> String? {
        guard let story = visible(try await store.stories.get(slug: slug)) else { return nil }
        return try await narrative(
            kicker: "Local story", title: story.title, summary: story.summary, body: story.body, credit: story.credit,
            placeID: story.placeID, enablerID: story.enablerID, organisationIDs: story.organisationIDs,
            cited: .story(slug: story.slug)
        )
    }

    /// A case study's page, or `nil`.
    public func caseStudy(slug: String) async throws -> String? {
        guard let study = visible(try await store.caseStudies.get(slug: slug)) else { return nil }
        return try await narrative(
            kicker: study.format.label, title: study.title, summary: study.summary, body: study.body, credit: "",
            placeID: study.placeID, enablerID: study.enablerID, organisationIDs: study.organisationIDs,
            cited: .caseStudy(slug: study.slug)
        )
    }

    // Stories and case studies read the same way: one view serves both.
    private func narrative(
        kicker: String, title: String, summary: String, body: String, credit: String, placeID: Place.ID?,
        enablerID: Enabler.ID?, organisationIDs: [Organisation.ID], cited: ReportCitation.Target
    ) async throws -> String {
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let place = lookup.placeLink(placeID)
        let enabler = lookup.enablerLink(enablerID)
        let organisations = try await organisationItems(organisationIDs)
        var model = StoryViewModel(
            kicker: kicker, title: title, summary: summary.nonBlank, bodyHTML: renderer.html(body),
            credit: credit.nonBlank, placeName: place.name, placeURL: place.url, enablerName: enabler.name,
            enablerURL: enabler.url, organisations: organisations, hasOrganisations: !organisations.isEmpty
        )
        model.citations = try await citedIn([cited])
        model.hasCitations = !model.citations.isEmpty
        return renderer.page(model, layout: layout(title, programme, description: summary))
    }

    /// The news list.
    public func newsList() async throws -> String {
        let programme = try await store.programme.get()
        let news = try await published(store.newsPosts).map(newsItem)
        return renderer.page(
            NewsListViewModel(news: news, hasNews: !news.isEmpty),
            layout: layout("News", programme, section: "news")
        )
    }

    /// A news post's page, or `nil`.
    public func newsPost(slug: String) async throws -> String? {
        guard let post = visible(try await store.newsPosts.get(slug: slug)) else { return nil }
        let programme = try await store.programme.get()
        let item = newsItem(post)
        let model = NewsPostViewModel(
            title: post.title, summary: post.summary.nonBlank, bodyHTML: renderer.html(post.body),
            dateISO: item.dateISO, dateText: item.dateText
        )
        return renderer.page(
            model, layout: layout(post.title, programme, section: "news", description: post.summary))
    }

    /// The Atom feed of published news.
    public func atomFeed() async throws -> String {
        let programme = try await store.programme.get()
        let posts = try await published(store.newsPosts, ContentQuery(status: .published, limit: 50))
        let entries = posts.map { post in
            AtomFeed.Entry(
                id: "\(baseURL)\(SiteURL.of(post))", title: post.title, url: "\(baseURL)\(SiteURL.of(post))",
                published: post.publishedAt ?? post.createdAt, updated: post.updatedAt,
                summary: post.summary.nonBlank ?? renderer.excerpt(post.body),
                contentHTML: renderer.html(post.body), authorName: programme.name
            )
        }
        let feed = AtomFeed(
            id: "\(baseURL)/feed.atom", title: "\(programme.name): news", subtitle: programme.tagline.nonBlank,
            siteURL: "\(baseURL)/", feedURL: "\(baseURL)/feed.atom",
            updated: posts.map(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0), language: programme.language,
            entries: entries
        )
        return AtomFeedWriter().xml(for: feed)
    }

    /// An error page.
    public func errorPage(heading: String, message: String, action: (url: String, label: String)? = nil) async
        -> String
    {
        let programme = (try? await store.programme.get()) ?? SQLProgrammeRepository.placeholder
        return renderer.page(
            ErrorViewModel(
                heading: heading, message: message, actionURL: action?.url, actionLabel: action?.label ?? ""),
            layout: layout(heading, programme))
    }
}
