extension AccessPolicy {
    /// Whether `viewer` may define the maturity scale, make surveys and links, and import answers: editors and
    /// admins, since the scale and the surveys shape every place's results.
    public static func canManageMaturity(as viewer: Viewer) -> Bool {
        (viewer.role ?? .contributor) >= .editor
    }

    /// Whether `viewer` may read maturity results: anyone signed in. Results are summaries (counts, medians,
    /// quartiles), never one respondent's answers, and they are not published on the public site.
    public static func canReadMaturityResults(as viewer: Viewer) -> Bool {
        viewer.role != nil
    }
}
