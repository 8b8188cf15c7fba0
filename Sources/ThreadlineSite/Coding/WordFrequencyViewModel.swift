/// The word frequency page: the words of a code's passages or of one source, counted without stop words (and
/// optionally stemmed), as a table, a plain list and a word cloud with its text alternative.
public struct WordFrequencyViewModel: PageModel {
    /// The "Only the evidence of" list: a case or an attribute's value (empty when there are no cases).
    public var caseOptions: [OptionView] = [] { didSet { hasCaseOptions = !caseOptions.isEmpty } }
    /// Whether the list is shown (a stored copy, since templates see only stored properties).
    public private(set) var hasCaseOptions = false
    public static let template = Template.workspaceWordFrequency

    public var codeOptions: [OptionView]
    public var sourceOptions: [OptionView]
    public var languageOptions: [OptionView]
    public var stems: Bool
    public var minimumLength: String
    public var extraWords: String
    public var problems: [String]
    public var hasProblems: Bool
    public var hasRun: Bool
    public var heading: String
    public var summary: String
    public var rows: [WordFrequencyRowView]
    public var hasRows: Bool
    /// The word cloud: an `<svg>` Threadline drew, its text escaped.
    public var cloudSVG: String
    public var downloads: [DownloadLink]

    /// Creates the value from each of its fields.
    public init(
        codeOptions: [OptionView], sourceOptions: [OptionView], languageOptions: [OptionView], stems: Bool,
        minimumLength: String, extraWords: String, problems: [String], hasRun: Bool, heading: String,
        summary: String, rows: [WordFrequencyRowView], cloudSVG: String, downloads: [DownloadLink]
    ) {
        self.codeOptions = codeOptions
        self.sourceOptions = sourceOptions
        self.languageOptions = languageOptions
        self.stems = stems
        self.minimumLength = minimumLength
        self.extraWords = extraWords
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.hasRun = hasRun
        self.heading = heading
        self.summary = summary
        self.rows = rows
        self.hasRows = !rows.isEmpty
        self.cloudSVG = cloudSVG
        self.downloads = downloads
    }
}

/// One counted word.
public struct WordFrequencyRowView {
    public var word: String
    public var forms: String?
    public var count: String
    public var share: String
    public var texts: String

    /// Creates the value from each of its fields.
    public init(word: String, forms: String?, count: String, share: String, texts: String) {
        self.word = word
        self.forms = forms
        self.count = count
        self.share = share
        self.texts = texts
    }
}
