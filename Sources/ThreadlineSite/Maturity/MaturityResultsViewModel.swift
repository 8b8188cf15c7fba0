/// The results of one year across places.
public struct MaturityResultsViewModel: PageModel {
    public static let template = Template.workspaceMaturityResults

    public var year: Int?
    public var yearOptions: [OptionView]
    public var hasData: Bool
    public var heatmapSVG: String?
    public var tableCaption: String
    public var enablerHeaders: [String]
    public var rows: [MaturityResultRowView]
    public var fromOptions: [OptionView]
    public var toOptions: [OptionView]
    public var changeCaption: String
    public var changeRows: [MaturityChangeRowView]
    public var hasChange: Bool
    public var scaleText: String

    /// Creates the value from each of its fields.
    public init(
        year: Int? = nil,
        yearOptions: [OptionView],
        hasData: Bool,
        heatmapSVG: String? = nil,
        tableCaption: String,
        enablerHeaders: [String],
        rows: [MaturityResultRowView],
        fromOptions: [OptionView],
        toOptions: [OptionView],
        changeCaption: String,
        changeRows: [MaturityChangeRowView],
        hasChange: Bool,
        scaleText: String
    ) {
        self.year = year
        self.yearOptions = yearOptions
        self.hasData = hasData
        self.heatmapSVG = heatmapSVG
        self.tableCaption = tableCaption
        self.enablerHeaders = enablerHeaders
        self.rows = rows
        self.fromOptions = fromOptions
        self.toOptions = toOptions
        self.changeCaption = changeCaption
        self.changeRows = changeRows
        self.hasChange = hasChange
        self.scaleText = scaleText
    }
}

/// A place's row in the results table.
public struct MaturityResultRowView {
    public var placeName: String
    public var placeURL: String
    public var cells: [MaturityResultCellView]

    /// Creates the value from each of its fields.
    public init(placeName: String, placeURL: String, cells: [MaturityResultCellView]) {
        self.placeName = placeName
        self.placeURL = placeURL
        self.cells = cells
    }
}

/// One place × enabler in the change table.
public struct MaturityChangeRowView {
    public var placeName: String
    public var enablerName: String
    public var fromText: String
    public var toText: String
    public var changeText: String

    /// Creates the value from each of its fields.
    public init(placeName: String, enablerName: String, fromText: String, toText: String, changeText: String) {
        self.placeName = placeName
        self.enablerName = enablerName
        self.fromText = fromText
        self.toText = toText
        self.changeText = changeText
    }
}
