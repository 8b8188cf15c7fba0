import ThreadlineCore
import ThreadlineStore

extension SiteExportContext {
    /// A report's client-side search entry: the words of its latest published version, never of edits not yet
    /// published, and none from its embeds (a clip's words are found through its testimony, under its consent).
    public func reportEntry(_ report: Report) async throws -> SiteSearchEntry? {
        guard let version = try await store.reportVersions.latestVersion(of: report.id) else { return nil }
        let shown = version.snapshot.report
        let summary = plain(shown.summary)
        let sections = version.snapshot.sections.flatMap { section in
            [section.title, plain(ReportBody(section.body).markdownWithoutEmbeds)] + section.questions
        }
        return SiteSearchEntry(
            t: shown.title, u: SiteURL.of(report), k: "reports", e: excerpt(summary: "", plain: summary),
            w: SiteSearchEntry.words([summary] + sections))
    }
}
