extension PublicSite {
    /// The names and addresses of published enablers and places, fixed for the length of a static export.
    ///
    /// Every page links to places and enablers, and `lookup()` loads them all for each page: right for a server,
    /// whose content changes between requests, but for ten thousand pages rendered from one unchanging store it
    /// is most of the work. Set only by `withExportSnapshot`, so the server never sees it.
    @TaskLocal public static var exportLookup: Lookup?

    /// Whether pages are being written as a static site, which holds no workspace: its pages then link nowhere
    /// the site does not contain. Set only by `withExportSnapshot`.
    @TaskLocal public static var isStaticExport = false

    /// Runs `body` with `lookup()` answering from one snapshot taken now, and pages made for the static site.
    public func withExportSnapshot<T>(_ body: () async throws -> T) async throws -> T {
        let snapshot = try await lookup()
        return try await Self.$exportLookup.withValue(snapshot) {
            try await Self.$isStaticExport.withValue(true) { try await body() }
        }
    }
}
