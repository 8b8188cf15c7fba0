public import Foundation

/// One published version of a report: its number (1, 2, …), when and by whom it was published, and what it said.
public struct ReportVersion: Sendable, Equatable {
    /// The report.
    public var reportID: Report.ID
    /// 1 for the first publication, then one more each time the report is published with changes.
    public var number: Int
    /// When it was published.
    public var publishedAt: Date
    /// Who published it; `nil` when it came from an import or the API without a user.
    public var publishedBy: User.ID?
    /// The report and sections as published.
    public var snapshot: ReportSnapshot

    /// Creates a version.
    public init(
        reportID: Report.ID, number: Int, publishedAt: Date, publishedBy: User.ID?, snapshot: ReportSnapshot
    ) {
        self.reportID = reportID
        self.number = number
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.snapshot = snapshot
    }
}
