/// One place's results over the years.
public struct MaturityPlaceViewModel: PageModel {
    public static let template = Template.workspaceMaturityPlace

    public var placeName: String
    public var year: Int?
    public var yearOptions: [OptionView]
    public var action: String
    public var radarSVG: String?
    public var radarNote: String?
    public var tableCaption: String
    public var yearHeaders: [String]
    public var rows: [MaturityPlaceRowView]
    public var hasData: Bool
    public var scaleText: String

    /// Creates the value from each of its fields.
    public init(
        placeName: String,
        year: Int? = nil,
        yearOptions: [OptionView],
        action: String,
        radarSVG: String? = nil,
        radarNote: String? = nil,
        tableCaption: String,
        yearHeaders: [String],
        rows: [MaturityPlaceRowView],
        hasData: Bool,
        scaleText: String
    ) {
        self.placeName = placeName
        self.year = year
        self.yearOptions = yearOptions
        self.action = action
        self.radarSVG = radarSVG
        self.radarNote = radarNote
        self.tableCaption = tableCaption
        self.yearHeaders = yearHeaders
        self.rows = rows
        self.hasData = hasData
        self.scaleText = scaleText
    }
}

/// An enabler's row in a place's table, one cell per year.
public struct MaturityPlaceRowView {
    public var enablerName: String
    public var cells: [MaturityResultCellView]

    /// Creates the value from each of its fields.
    public init(enablerName: String, cells: [MaturityResultCellView]) {
        self.enablerName = enablerName
        self.cells = cells
    }
}
