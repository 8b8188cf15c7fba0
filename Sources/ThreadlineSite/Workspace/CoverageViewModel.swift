/// The evidence-coverage grid.
public struct CoverageViewModel: PageModel {
    public static let template = Template.workspaceCoverage

    public var places: [String]
    public var rows: [CoverageRow]
    public var hasGrid: Bool
    public var emptyCells: Int
    public var totalCells: Int
    public var unplacedText: String?

    /// Creates the value from each of its fields.
    public init(
        places: [String],
        rows: [CoverageRow],
        hasGrid: Bool,
        emptyCells: Int,
        totalCells: Int,
        unplacedText: String? = nil
    ) {
        self.places = places
        self.rows = rows
        self.hasGrid = hasGrid
        self.emptyCells = emptyCells
        self.totalCells = totalCells
        self.unplacedText = unplacedText
    }
}

/// One enabler's row of the grid.
public struct CoverageRow {
    public var enabler: String
    public var cells: [CoverageCell]

    /// Creates the value from each of its fields.
    public init(enabler: String, cells: [CoverageCell]) {
        self.enabler = enabler
        self.cells = cells
    }
}

/// One cell: its counts in words, and whether it is empty (said in words as well as colour).
public struct CoverageCell {
    public var isEmpty: Bool
    public var text: String

    /// Creates the value from each of its fields.
    public init(isEmpty: Bool, text: String) {
        self.isEmpty = isEmpty
        self.text = text
    }
}
