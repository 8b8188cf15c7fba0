import Foundation
public import Hummingbird
public import Logging
public import ThreadlineCore
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
            site: site, assets: try StaticAssets(), cache: PublicPageCache(store: store), time: dependencies.time
        ).addRoutes(to: router)

        let media = MediaLibrary(path: configuration.mediaPath, maxUploadBytes: configuration.maxUploadBytes)
        let testimonyAccess = TestimonyAccess(store: store, time: dependencies.time)
        TestimonyController(
            site: site, access: testimonyAccess, media: media, cache: PublicPageCache(store: store),
            time: dependencies.time
        ).addRoutes(to: router)

        let chrome = WorkspaceChrome(renderer: renderer, programme: store.programme)
        let workspace = router.group("workspace").add(middleware: WorkspaceGuardMiddleware())
        WorkspaceController(
            store: store, chrome: chrome, renderer: renderer, time: dependencies.time, ids: dependencies.ids,
            configuration: configuration
        ).addRoutes(to: workspace)
        TestimonyWorkspaceController(store: store, chrome: chrome, media: media).addRoutes(to: workspace)
        ReportWorkspaceController(store: store, chrome: chrome, site: site, time: dependencies.time).addRoutes(
            to: workspace)
        EvidenceWorkspaceController(store: store, chrome: chrome, time: dependencies.time, ids: dependencies.ids)
            .addRoutes(to: workspace)
        CodingWorkspaceController(store: store, chrome: chrome, time: dependencies.time, ids: dependencies.ids)
            .addRoutes(to: workspace)
        CodebookWorkspaceController(store: store, chrome: chrome, time: dependencies.time, ids: dependencies.ids)
            .addRoutes(to: workspace)
        REFIWorkspaceController(store: store, chrome: chrome, media: media, time: dependencies.time)
            .addRoutes(to: workspace)
        CodingAnalysisController(store: store, chrome: chrome).addRoutes(to: workspace)
        TheoryWorkspaceController(store: store, chrome: chrome, renderer: renderer).addRoutes(to: workspace)
        CountsMeasuresWorkspaceController(
            store: store, chrome: chrome, renderer: renderer, time: dependencies.time, ids: dependencies.ids
        ).addRoutes(to: workspace)
        MaturityWorkspaceController(
            store: store, chrome: chrome, baseURL: configuration.baseURL, time: dependencies.time, ids: dependencies.ids
        ).addRoutes(to: workspace)
        MaturityImportController(store: store, chrome: chrome, time: dependencies.time, ids: dependencies.ids)
            .addRoutes(to: workspace)
        MaturityResultsController(store: store, chrome: chrome).addRoutes(to: workspace)
        MaturitySurveyController(
            store: store, renderer: renderer, configuration: configuration, time: dependencies.time,
            ids: dependencies.ids
        ).addRoutes(to: router)
        NetworkWorkspaceController(
            store: store, chrome: chrome, baseURL: configuration.baseURL, time: dependencies.time, ids: dependencies.ids
        ).addRoutes(to: workspace)
        NetworkResultsController(networks: store.networks, chrome: chrome).addRoutes(to: workspace)
        AuditWorkspaceController(audit: store.audit, chrome: chrome).addRoutes(to: workspace)
        NetworkSurveyController(store: store, renderer: renderer, configuration: configuration, time: dependencies.time)
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
        TestimonyAPIController(store: store, access: testimonyAccess, media: media).addRoutes(to: api)
        ReportAPIController(reports: store.reports, reportVersions: store.reportVersions, time: dependencies.time)
            .addRoutes(to: api)
        NetworkAPIController(networks: store.networks, time: dependencies.time).addRoutes(to: api)
        SearchController(
            store: store, renderer: renderer, site: site, time: dependencies.time, metrics: dependencies.metrics
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
