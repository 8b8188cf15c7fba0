/// A report and its sections as they stood when it was published: what a `ReportVersion` keeps and readers see.
public struct ReportSnapshot: Codable, Sendable, Equatable {
    /// The report's fields.
    public var report: Report
    /// Its sections, in reading order.
    public var sections: [ReportSection]

    /// Creates a snapshot, putting the sections in reading order (position, then heading, then ID).
    public init(report: Report, sections: [ReportSection]) {
        self.report = report
        self.sections = sections.sorted {
            ($0.position, $0.title, $0.id.description) < ($1.position, $1.title, $1.id.description)
        }
    }

    /// Whether `other` says the same things: the words, order and links, ignoring bookkeeping (timestamps, status),
    /// so that saving an unchanged report does not make a new version.
    public func hasSameContent(as other: ReportSnapshot) -> Bool {
        func words(_ report: Report) -> [String] {
            [
                report.title, report.slug, report.periodStart?.description ?? "", report.periodEnd?.description ?? "",
                report.summary,
            ] + report.authors
        }
        func words(_ section: ReportSection) -> [String] {
            [
                section.id.description, String(section.position), section.title,
                section.learningAreaID?.description ?? "", section.body,
            ] + section.questions
        }
        return words(report) == words(other.report) && sections.count == other.sections.count
            && zip(sections, other.sections).allSatisfy { words($0) == words($1) }
    }

    /// What the published text cites, section by section, in reading order.
    public var citations: [ReportCitation] {
        sections.flatMap { section in
            ReportBody(section.body).embeds.compactMap { embed -> ReportCitation? in
                let target: ReportCitation.Target
                switch embed {
                case .clip(let id): target = .clip(id)
                case .story(let slug): target = .story(slug: slug)
                case .caseStudy(let slug): target = .caseStudy(slug: slug)
                case .journey(let slug): target = .journey(placeSlug: slug)
                case .questions: return nil
                }
                return ReportCitation(
                    reportID: report.id, reportTitle: report.title, sectionID: section.id, sectionTitle: section.title,
                    sectionAnchor: section.anchor, target: target)
            }
        }
    }
}
