/// The comparison of two versions of a report.
public struct ReportCompareViewModel: PageModel {
    public static let template = Template.workspaceReportCompare

    public var title: String
    public var fromNumber: Int
    public var toNumber: Int
    public var manageURL: String
    public var parts: [ReportComparePart]
    public var hasChanges: Bool
}

/// One compared part (the summary, the details, a section) with its lines.
public struct ReportComparePart {
    public var heading: String
    public var state: String
    public var lines: [DiffLineView]
}

/// One line of a comparison.
public struct DiffLineView {
    public var text: String
    public var isAdded: Bool
    public var isRemoved: Bool
}
