/// The list of published reports.
public struct ReportListViewModel: PageModel {
    public static let template = Template.reportList

    public var reports: [ReportListItem]
    public var hasReports: Bool
}

/// One report in the list.
public struct ReportListItem {
    public var title: String
    public var url: String
    public var periodText: String?
    public var excerpt: String
}
