import Foundation
import ThreadlineCore
import ThreadlineStore

extension PublicSite {
    /// A published report's page: its latest published version, embeds resolved as the public may see them today;
    /// `nil` when there is no such published report.
    public func report(slug: String) async throws -> String? {
        guard let report = try await store.reports.get(slug: slug), AccessPolicy.canView(report, as: .anonymous),
            let version = try await store.reportVersions.latestVersion(of: report.id)
        else { return nil }
        return try await reportPage(version.snapshot, version: version)
    }

    /// The report as "Publish a new version" would put it out now: its published sections, no drafts (for editors;
    /// never cached).
    public func reportPreview(_ report: Report) async throws -> String {
        let sections = try await store.reportVersions.sections(of: report.id)
        return try await reportPage(ReportSnapshot.nextVersion(of: report, sections: sections), version: nil)
    }

    /// The HTML of one section's text as a reader would see it (the live preview beside the editor).
    public func reportSectionPreview(_ section: ReportSection) async throws -> String {
        let composer = ReportComposer(
            store: store, renderer: renderer, lookup: try await lookup(), today: today, baseURL: baseURL,
            reportURL: "")
        var ledger = ReportComposer.EvidenceLedger()
        return try await composer.body(of: section, ledger: &ledger)
    }

    /// For each section, a sentence for every embed the public cannot see today, saying which and why (for
    /// editors). The published places and enablers are read once for all the sections.
    public func unavailableEmbeds(in sections: [ReportSection]) async throws -> [[String]] {
        let composer = ReportComposer(
            store: store, renderer: renderer, lookup: try await lookup(), today: today, baseURL: baseURL,
            reportURL: "")
        var result: [[String]] = []
        for section in sections {
            var messages: [String] = []
            for embed in ReportBody(section.body).embeds {
                if let reason = try await composer.unavailability(of: embed) {
                    messages.append("\(embed.directive) is not shown to the public: \(reason).")
                }
            }
            result.append(messages)
        }
        return result
    }

    private func reportPage(_ snapshot: ReportSnapshot, version: ReportVersion?) async throws -> String {
        let programme = try await store.programme.get()
        let report = snapshot.report
        let composer = ReportComposer(
            store: store, renderer: renderer, lookup: try await lookup(), today: today, baseURL: baseURL,
            reportURL: SiteURL.of(report))
        let (sections, evidence) = try await composer.compose(snapshot)
        let authors = report.authors.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let model = ReportViewModel(
            title: report.title, periodText: report.periodText,
            authorsText: authors.isEmpty ? nil : Self.sentenceList(authors),
            versionText: version.map { "Version \($0.number), published \(DateText.display($0.publishedAt))" },
            isPreview: version == nil, summaryHTML: renderer.html(report.summary, idPrefix: "summary"),
            sections: sections, evidence: evidence, hasEvidence: !evidence.isEmpty)
        return renderer.page(
            model,
            layout: layout(
                report.title, programme, section: "reports", description: renderer.excerpt(report.summary)))
    }

    /// The list of published reports, newest first.
    public func reportList() async throws -> String {
        let programme = try await store.programme.get()
        let reports = try await store.reports.all(ContentQuery(status: .published))
        var items: [ReportListItem] = []
        for report in reports {
            // Readers see each report as published: its title and summary from the latest version.
            guard let shown = try await store.reportVersions.latestVersion(of: report.id)?.snapshot.report else {
                continue
            }
            items.append(
                ReportListItem(
                    title: shown.title, url: SiteURL.of(report), periodText: shown.periodText,
                    excerpt: renderer.excerpt(shown.summary)))
        }
        return renderer.page(
            ReportListViewModel(reports: items, hasReports: !items.isEmpty),
            layout: layout("Reports", programme, section: "reports"))
    }

    /// The passages of published reports that cite any of `targets`, as links for an evidence page.
    public func citedIn(_ targets: [ReportCitation.Target]) async throws -> [CitationLink] {
        let citations = try await store.reportVersions.citations(of: targets)
        guard !citations.isEmpty else { return [] }
        let reports = try await store.reports.get(ids: Array(Set(citations.map(\.reportID))))
        let byID = Dictionary(reports.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        return citations.compactMap { citation in
            guard let report = byID[citation.reportID], AccessPolicy.canView(report, as: .anonymous) else {
                return nil
            }
            let url = "\(SiteURL.of(report))#\(citation.sectionAnchor)"
            guard seen.insert(url).inserted else { return nil }
            return CitationLink(
                reportTitle: citation.reportTitle, sectionTitle: citation.sectionTitle, url: url)
        }
    }

    /// Names joined as a sentence says them: "A", "A and B", "A, B and C".
    public static func sentenceList(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
