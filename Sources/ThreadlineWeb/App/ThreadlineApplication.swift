import Foundation
public import Hummingbird
public import Logging
public import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
public import ThreadlineStore

/// Assembles the Threadline web application: middleware, the public site, the workspace and the API.
public enum ThreadlineApplication {
    /// Everything the application needs from outside.
    public struct Dependencies: Sendable {
        /// The data.
        public var store: ThreadlineStore
        /// Settings.
        public var configuration: WebConfiguration
        /// The clock.
        public var time: any TimeSource
        /// The ID generator.
        public var ids: any IDGenerator
        /// Where logs go.
        public var logger: Logger
        /// What draws journeys as PNG; `nil` when none is installed (the PNG addresses then answer 404).
        public var rasteriser: SVGRasteriser?
        /// The Prometheus registry behind `/metrics`.
        public var metrics: ServerMetrics

        /// Creates the dependencies; the rasteriser is looked for on this machine unless one (or `nil`) is given.
        public init(
            store: ThreadlineStore,
            configuration: WebConfiguration,
            time: any TimeSource = SystemTimeSource(),
            ids: any IDGenerator = RandomIDGenerator(),
            logger: Logger,
            rasteriser: SVGRasteriser? = SVGRasteriser.located(),
            metrics: ServerMetrics = ServerMetrics()
        ) {
            self.store = store
            self.configuration = configuration
            self.time = time
            self.ids = ids
            self.logger = logger
            self.rasteriser = rasteriser
            self.metrics = metrics
        }
    }

    /// The router with every route and middleware (tests drive it directly).
    public static func router(_ dependencies: Dependencies) async throws -> Router<AppRequestContext> {
        let store = dependencies.store
        let configuration = dependencies.configuration
        let renderer = try await PageRenderer(overridePath: configuration.templatesPath)
        let site = PublicSite(
            store: store, renderer: renderer, baseURL: configuration.baseURL, time: dependencies.time,
            rasteriser: dependencies.rasteriser)
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware(metrics: dependencies.metrics))
        router.add(middleware: RequestLogMiddleware(logger: dependencies.logger))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(site: site, logger: dependencies.logger))
        // Before anything reads the path: from here on every middleware sees the address the router will route.
        router.add(middleware: CanonicalPathMiddleware())
        router.add(
            middleware: AuthenticationMiddleware(
                sessions: store.sessions, apiTokens: store.apiTokens, users: store.users, time: dependencies.time)
        )

        MetricsController(
            metrics: dependencies.metrics, database: store.database, token: configuration.metricsToken
        ).addRoutes(to: router)
        PublicController(
            site: site, assets: try StaticAssets(), cache: PublicPageCache(store: store), time: dependencies.time,
            configuration: configuration
        ).addRoutes(to: router)

        let media = MediaLibrary(path: configuration.mediaPath, maxUploadBytes: configuration.maxUploadBytes)
        let testimonyAccess = TestimonyAccess(
            testimonies: store.testimonies, transcripts: store.transcripts, time: dependencies.time)
        TestimonyController(
            site: site, access: testimonyAccess, media: media, cache: PublicPageCache(store: store),
            time: dependencies.time
        ).addRoutes(to: router)

        let chrome = WorkspaceChrome(renderer: renderer, programme: store.programme)
        let workspace = router.group("workspace").add(middleware: WorkspaceGuardMiddleware())
        WorkspaceController(
            programme: store.programme, enablers: store.enablers, learningAreas: store.learningAreas,
            places: store.places, milestones: store.milestones, organisations: store.organisations,
            stories: store.stories, caseStudies: store.caseStudies, newsPosts: store.newsPosts, users: store.users,
            sessions: store.sessions, apiTokens: store.apiTokens, loginThrottle: store.loginThrottle, chrome: chrome,
            renderer: renderer, time: dependencies.time, ids: dependencies.ids,
            configuration: configuration
        ).addRoutes(to: workspace)
        TestimonyWorkspaceController(
            testimonies: store.testimonies, clips: store.clips, transcripts: store.transcripts, chrome: chrome,
            media: media
        ).addRoutes(to: workspace)
        ReportWorkspaceController(
            learningAreas: store.learningAreas, reports: store.reports, reportVersions: store.reportVersions,
            chrome: chrome, site: site, time: dependencies.time
        ).addRoutes(to: workspace)
        EvidenceWorkspaceController(
            enablers: store.enablers, places: store.places, milestones: store.milestones, stories: store.stories,
            caseStudies: store.caseStudies, testimonies: store.testimonies, clips: store.clips,
            reportSections: store.reportSections, reportVersions: store.reportVersions, transcripts: store.transcripts,
            search: store.search, chrome: chrome, time: dependencies.time, ids: dependencies.ids
        )
        .addRoutes(to: workspace)
        CodingWorkspaceController(
            places: store.places, stories: store.stories, caseStudies: store.caseStudies,
            testimonies: store.testimonies, reflectiveLogs: store.reflectiveLogs, documents: store.documents,
            coding: store.coding, cases: CaseBook(cases: store.cases, coding: store.coding), chrome: chrome,
            time: dependencies.time, ids: dependencies.ids
        )
        .addRoutes(to: workspace)
        CodebookWorkspaceController(
            enablers: store.enablers, coding: store.coding, chrome: chrome, time: dependencies.time,
            ids: dependencies.ids
        )
        .addRoutes(to: workspace)
        REFIWorkspaceController(
            refi: REFIRepositories(store: store), chrome: chrome, media: media, time: dependencies.time
        )
        .addRoutes(to: workspace)
        let caseBook = CaseBook(cases: store.cases, coding: store.coding)
        CodingAnalysisController(
            coding: store.coding, sources: CodingSourceCatalog.Repositories(store: store),
            cases: CaseScopeReader(book: caseBook), chrome: chrome
        ).addRoutes(to: workspace)
        CaseWorkspaceController(
            book: caseBook,
            sources: CodingSourceCatalog.Repositories(store: store), chrome: chrome, time: dependencies.time,
            ids: dependencies.ids
        ).addRoutes(to: workspace)
        TheoryWorkspaceController(
            enablers: store.enablers, stories: store.stories, caseStudies: store.caseStudies,
            testimonies: store.testimonies, clips: store.clips, countsExamples: store.countsExamples,
            reflectiveLogs: store.reflectiveLogs, programmeTheories: store.programmeTheories,
            theoryEvidence: store.theoryEvidence, chrome: chrome, renderer: renderer
        ).addRoutes(to: workspace)
        CountsMeasuresWorkspaceController(
            enablers: store.enablers, places: store.places, indicators: store.indicators,
            indicatorFigures: store.indicatorFigures, countsExamples: store.countsExamples, countsMeasuresWriter: store,
            chrome: chrome, renderer: renderer, time: dependencies.time, ids: dependencies.ids
        ).addRoutes(to: workspace)
        MaturityWorkspaceController(
            places: store.places, maturity: store.maturity, chrome: chrome, baseURL: configuration.baseURL,
            time: dependencies.time, ids: dependencies.ids
        ).addRoutes(to: workspace)
        MaturityImportController(
            enablers: store.enablers, places: store.places, maturity: store.maturity, chrome: chrome,
            time: dependencies.time, ids: dependencies.ids
        )
        .addRoutes(to: workspace)
        MaturityResultsController(
            enablers: store.enablers, places: store.places, maturity: store.maturity, chrome: chrome
        ).addRoutes(to: workspace)
        MaturitySurveyController(
            programme: store.programme, enablers: store.enablers, places: store.places, maturity: store.maturity,
            renderer: renderer, configuration: configuration, time: dependencies.time,
            ids: dependencies.ids
        ).addRoutes(to: router)
        NetworkWorkspaceController(
            places: store.places, networks: store.networks, chrome: chrome, baseURL: configuration.baseURL,
            time: dependencies.time, ids: dependencies.ids
        ).addRoutes(to: workspace)
        NetworkResultsController(networks: store.networks, chrome: chrome).addRoutes(to: workspace)
        AuditWorkspaceController(audit: store.audit, chrome: chrome).addRoutes(to: workspace)
        NetworkSurveyController(
            programme: store.programme, networks: store.networks, renderer: renderer, configuration: configuration,
            time: dependencies.time
        )
        .addRoutes(to: router)
        let references = ReferenceOptions(store: store)
        let parents = ParentItemRule(testimonies: store.testimonies, reports: store.reports)
        let api = router.group("api/v1").add(middleware: APISessionWriteMiddleware())
        let publicFilter = PublicReferenceFilter(store: store, time: dependencies.time)
        // Every kind of content gets the same workspace pages and API, from the store's one list of kinds.
        for routes in store.visitAll(
            ContentRoutes(
                parents: parents, references: references, chrome: chrome, renderer: renderer,
                publicFilter: publicFilter, time: dependencies.time, ids: dependencies.ids))
        {
            routes(workspace, api)
        }
        let codingQueries = CodingQueries(
            coding: store.coding, sources: CodingSourceCatalog.Repositories(store: store))
        CodingQueryController(
            queries: codingQueries, cases: CaseScopeReader(book: caseBook), chrome: chrome, time: dependencies.time,
            ids: dependencies.ids
        ).addRoutes(to: workspace)
        WordFrequencyController(queries: codingQueries, cases: CaseScopeReader(book: caseBook), chrome: chrome)
            .addRoutes(to: workspace)
        let textSearch = TextSearchQueries(queries: codingQueries)
        TextSearchController(
            search: textSearch, cases: CaseScopeReader(book: caseBook), chrome: chrome, time: dependencies.time,
            ids: dependencies.ids
        ).addRoutes(to: workspace)
        let documentUploads = DocumentUploads(
            editor: ContentEditor(
                repository: store.documents, parents: parents, time: dependencies.time, ids: dependencies.ids),
            media: media)
        // The router prefers a fixed segment to a parameter, so `documents/upload` is this page, not an item.
        DocumentWorkspaceController(
            uploads: documentUploads, places: store.places, enablers: store.enablers, documents: store.documents,
            chrome: chrome
        ).addRoutes(to: workspace)
        CodingAPIController(
            uploads: documentUploads, queries: codingQueries, cases: CaseScopeReader(book: caseBook),
            ids: dependencies.ids, time: dependencies.time
        )
        .addRoutes(to: api)
        CaseAPIController(book: caseBook, ids: dependencies.ids, time: dependencies.time).addRoutes(to: api)
        TextSearchAPIController(search: textSearch, cases: CaseScopeReader(book: caseBook)).addRoutes(to: api)
        TestimonyAPIController(
            testimonies: store.testimonies, transcripts: store.transcripts, access: testimonyAccess, media: media
        ).addRoutes(to: api)
        ReportAPIController(reports: store.reports, reportVersions: store.reportVersions, time: dependencies.time)
            .addRoutes(to: api)
        NetworkAPIController(networks: store.networks, time: dependencies.time).addRoutes(to: api)
        SearchController(
            enablers: store.enablers, places: store.places, search: store.search, renderer: renderer, site: site,
            time: dependencies.time, metrics: dependencies.metrics
        ).addRoutes(to: router, api: api)
        APIProgrammeController(
            programme: store.programme,
            openAPI: try OpenAPIDocument.json(serverURL: configuration.baseURL)
        ).addRoutes(to: api)
        return router
    }

    /// The application, ready to run (it stops gracefully on SIGINT and SIGTERM).
    public static func make(_ dependencies: Dependencies) async throws -> some ApplicationProtocol {
        let router = try await router(dependencies)
        if let rasteriser = dependencies.rasteriser {
            dependencies.logger.info("Journeys are offered as PNG too, drawn by \(rasteriser.executablePath).")
        } else {
            dependencies.logger.info("Journeys are offered as SVG only. \(SVGRasteriser.installAdvice)")
        }
        return Application(
            router: router,
            configuration: .init(
                address: .hostname(dependencies.configuration.host, port: dependencies.configuration.port),
                serverName: "Threadline"
            ),
            logger: dependencies.logger
        )
    }
}
