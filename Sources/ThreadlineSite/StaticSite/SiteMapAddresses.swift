/// The addresses of every public page, in the order the static site writes them, for the server's
/// `/sitemap.xml`: the same pages `SitePageList` lists and the same consent checks, without rendering the pages
/// whose listing already says they are public.
public enum SiteMapAddresses {
    /// Each public page's address, the search page last (as the static site's sitemap lists it).
    ///
    /// Pages the static site writes only as searchable entries (milestones) have no address of their own and are
    /// left out; testimony and clips are listed only while their consent lets the public see them today.
    public static func list(_ context: SiteExportContext) async throws -> [String] {
        var addresses: [String] = []
        for source in SitePageList.sources {
            try await source.pages(context) { page in
                guard page.render != nil else { return }
                if let isPublic = page.isPublic, try await !isPublic() { return }
                addresses.append(page.address)
            }
        }
        addresses.append(SiteExporter.searchAddress)
        return addresses
    }
}
