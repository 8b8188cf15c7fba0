public import Foundation
public import ThreadlineCore

/// Published versions of reports, their sections in order, and what published reports cite.
///
/// Sections and reports themselves are ordinary content (`ContentRepository`); this protocol holds what is
/// particular to reports: publishing keeps a snapshot of every version, and the latest published version of each
/// report decides what it cites.
public protocol ReportRepository: Sendable {
    /// Publishes the report as it stands: marks it published, records a new version when the report or its
    /// published sections differ from the latest version (otherwise returns the latest), and records what it cites.
    ///
    /// The version holds the sections that are published. `drafts` names draft sections of this report that the
    /// publishing editor has chosen to include: they are published first, in the same transaction. Naming a section
    /// that is not one of this report's changes nothing and throws `StoreError.conflict`. (Callers check the embeds
    /// of what goes out first, with `ReportSnapshot.unreadableEmbeds`.)
    func publish(_ id: Report.ID, by user: User.ID?, at date: Date, including drafts: Set<ReportSection.ID>)
        async throws -> ReportVersion
    /// The report's sections in reading order (position, heading, ID).
    func sections(of id: Report.ID) async throws -> [ReportSection]
    /// Every version of the report, newest first.
    func versions(of id: Report.ID) async throws -> [ReportVersion]
    /// Version `number` of the report, if there is one.
    func version(_ number: Int, of id: Report.ID) async throws -> ReportVersion?
    /// The newest version of the report, if it was ever published.
    func latestVersion(of id: Report.ID) async throws -> ReportVersion?
    /// Where published reports cite any of `targets`, in report then reading order.
    func citations(of targets: [ReportCitation.Target]) async throws -> [ReportCitation]
    /// Every citation of every published report.
    func allCitations() async throws -> [ReportCitation]
}

extension ReportRepository {
    /// Publishes the report with its published sections only (see `publish(_:by:at:including:)`).
    public func publish(_ id: Report.ID, by user: User.ID?, at date: Date) async throws -> ReportVersion {
        try await publish(id, by: user, at: date, including: [])
    }
}
