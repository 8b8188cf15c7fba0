/// The clip picker's search page.
public struct PickerSearchViewModel: PageModel {
    public static let template = Template.workspaceClipPicker

    public var query: String
    public var results: [PickerResult]
    public var hasResults: Bool
    public var message: String?

    /// Creates the value from each of its fields.
    public init(query: String, results: [PickerResult], hasResults: Bool, message: String? = nil) {
        self.query = query
        self.results = results
        self.hasResults = hasResults
        self.message = message
    }
}

/// One testimony or transcript line found.
public struct PickerResult {
    public var title: String
    public var url: String
    public var snippet: String?

    /// Creates the value from each of its fields.
    public init(title: String, url: String, snippet: String? = nil) {
        self.title = title
        self.url = url
        self.snippet = snippet
    }
}
