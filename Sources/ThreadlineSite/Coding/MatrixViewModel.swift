/// A code × something matrix page.
public struct MatrixViewModel: PageModel {
    public static let template = Template.workspaceMatrix

    public var heading: String
    public var introduction: String
    public var links: [MatrixLink]
    public var csvURL: String
    public var hasCodes: Bool
    public var hasColumns: Bool
    public var caption: String
    public var columnHeading: String
    public var columnLabels: [String]
    public var rows: [MatrixRowView]
    public var svg: String?
    public var figureCaption: String
    public var tableID: String

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        introduction: String,
        links: [MatrixLink],
        csvURL: String,
        hasCodes: Bool,
        hasColumns: Bool,
        caption: String,
        columnHeading: String,
        columnLabels: [String],
        rows: [MatrixRowView],
        svg: String? = nil,
        figureCaption: String,
        tableID: String
    ) {
        self.heading = heading
        self.introduction = introduction
        self.links = links
        self.csvURL = csvURL
        self.hasCodes = hasCodes
        self.hasColumns = hasColumns
        self.caption = caption
        self.columnHeading = columnHeading
        self.columnLabels = columnLabels
        self.rows = rows
        self.svg = svg
        self.figureCaption = figureCaption
        self.tableID = tableID
    }
}

/// A link to another matrix, marked when it is the one shown.
public struct MatrixLink {
    public var label: String
    public var url: String
    public var isCurrent: Bool

    /// Creates the value from each of its fields.
    public init(label: String, url: String, isCurrent: Bool) {
        self.label = label
        self.url = url
        self.isCurrent = isCurrent
    }
}

/// One code's row of counts.
public struct MatrixRowView {
    public var label: String
    public var url: String
    public var cells: [MatrixCellView]

    /// Creates the value from each of its fields.
    public init(label: String, url: String, cells: [MatrixCellView]) {
        self.label = label
        self.url = url
        self.cells = cells
    }
}

/// One count.
public struct MatrixCellView {
    public var count: Int

    /// Creates the value from each of its fields.
    public init(count: Int) {
        self.count = count
    }
}
