/// The page where documents are added from files, and what became of the last upload.
public struct DocumentUploadViewModel: PageModel {
    public static let template = Template.workspaceDocumentUpload

    public var csrfToken: String
    public var placeOptions: [OptionView]
    public var enablerOptions: [OptionView]
    public var added: [DocumentUploadResult]
    public var hasAdded: Bool
    public var refused: [DocumentUploadResult]
    public var hasRefused: Bool
    public var problems: [String]
    public var hasProblems: Bool

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, placeOptions: [OptionView], enablerOptions: [OptionView],
        added: [DocumentUploadResult] = [], refused: [DocumentUploadResult] = [], problems: [String] = []
    ) {
        self.csrfToken = csrfToken
        self.placeOptions = placeOptions
        self.enablerOptions = enablerOptions
        self.added = added
        self.hasAdded = !added.isEmpty
        self.refused = refused
        self.hasRefused = !refused.isEmpty
        self.problems = problems
        self.hasProblems = !problems.isEmpty || !refused.isEmpty
    }
}

/// One file of an upload: added (with links to the document) or refused (with why).
public struct DocumentUploadResult {
    public var fileName: String
    public var title: String
    public var codingURL: String
    public var editURL: String
    public var message: String

    /// Creates the value from each of its fields.
    public init(
        fileName: String, title: String = "", codingURL: String = "", editURL: String = "", message: String = ""
    ) {
        self.fileName = fileName
        self.title = title
        self.codingURL = codingURL
        self.editURL = editURL
        self.message = message
    }
}
