/// The evidence-coverage grid.
struct CoverageViewModel {
    var places: [String]
    var rows: [CoverageRow]
    var hasGrid: Bool
    var emptyCells: Int
    var totalCells: Int
    var unplacedText: String?
}

/// One enabler's row of the grid.
struct CoverageRow {
    var enabler: String
    var cells: [CoverageCell]
}

/// One cell: its counts in words, and whether it is empty (said in words as well as colour).
struct CoverageCell {
    var isEmpty: Bool
    var text: String
}

/// The clip picker's search page.
struct PickerSearchViewModel {
    var query: String
    var results: [PickerResult]
    var hasResults: Bool
    var message: String?
}

/// One testimony or transcript line found.
struct PickerResult {
    var title: String
    var url: String
    var snippet: String?
}

/// The clip picker's page for one testimony: its transcript, to choose a range from.
struct PickerRangeViewModel {
    var title: String
    var action: String
    var csrfToken: String
    var clipTitle: String
    var created: PickerCreatedClip?
    var problems: [String]
    var hasProblems: Bool
    var cues: [PickerCue]
    var hasCues: Bool
    var mediaURL: String
}

/// One transcript line to choose as the start or end.
struct PickerCue {
    var index: Int
    var anchor: String
    var timeText: String
    var speaker: String?
    var text: String
    var isStart: Bool
    var isEnd: Bool
}

/// The clip just made, with the line to paste into a report section.
struct PickerCreatedClip {
    var title: String
    var code: String
    var rangeText: String
    var editURL: String
}
