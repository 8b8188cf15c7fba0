/// Turns the site's addresses into paths inside the output folder.
///
/// A page at `/stories/x` becomes `stories/x/index.html`, which every static host serves for `/stories/x/` (most
/// also for `/stories/x`); any other file keeps its address (`/feed.atom` → `feed.atom`). Each part must be a plain
/// file name, so nothing taken from the content can reach outside the folder.
public enum SiteOutputPath {
    /// The file of the page at `address`.
    public static func page(_ address: String) throws(SiteExportError) -> String {
        let parts = try components(of: address)
        return (parts + ["index.html"]).joined(separator: "/")
    }

    /// The file at `address`, as it is.
    public static func file(_ address: String) throws(SiteExportError) -> String {
        let parts = try components(of: address)
        guard !parts.isEmpty else { throw .unsafePath(address) }
        return parts.joined(separator: "/")
    }

    private static func components(of address: String) throws(SiteExportError) -> [String] {
        guard address.hasPrefix("/") else { throw .unsafePath(address) }
        let parts = address.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts == [""] { return [] }
        for part in parts where !isPlainName(part) { throw .unsafePath(address) }
        return parts
    }

    private static func isPlainName(_ part: String) -> Bool {
        guard !part.isEmpty, part.utf8.count <= 200, part != ".", part != "..", !part.hasPrefix(".") else {
            return false
        }
        return part.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                || $0 == "_" || $0 == "."
        }
    }
}
