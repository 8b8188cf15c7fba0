/// The text search query page: words and phrases in the search box's syntax, where to look for them (a code's
/// passages, a kind of source, one source), each hit in its context with the words found marked, the downloads, and
/// the forms that code every hit with a code or save them as a new one.
public struct TextSearchViewModel: PageModel {
    /// The "Only the evidence of" list: a case or an attribute's value (empty when there are no cases).
    public var caseOptions: [OptionView] = [] { didSet { hasCaseOptions = !caseOptions.isEmpty } }
    /// Whether the list is shown (a stored copy, since templates see only stored properties).
    public private(set) var hasCaseOptions = false
    public static let template = Template.workspaceTextSearch

    /// The session's token for the two forms that write.
    public var csrfToken: String
    /// What was typed in the search box, kept when it could not be run.
    public var queryText: String
    /// The codes whose passages may be searched.
    public var codeOptions: [OptionView]
    /// Whether a code includes the codes below it.
    public var includesChildren: Bool
    /// The kinds of source.
    public var kindOptions: [OptionView]
    /// Every codable source.
    public var sourceOptions: [OptionView]
    /// Whether words also find those sharing their stem.
    public var findsSimilarWords: Bool
    /// Why the query could not be run, one sentence each.
    public var problems: [String]
    /// Whether there are problems to show.
    public var hasProblems: Bool
    /// A sentence about what the last "code all hits" did, when the page follows one.
    public var notice: String?
    /// Whether a query was run (the results section shows).
    public var hasRun: Bool
    /// The query as it was read, e.g. `trust OR partner* -funding`.
    public var description: String
    /// How many hits in how many sources, and whether the list is cut short.
    public var countText: String
    /// The hits shown.
    public var hits: [TextSearchHitView]
    /// Whether there are hits to show (and to code, save and download).
    public var hasHits: Bool
    /// The downloads of every hit (CSV, HTML, Word).
    public var downloads: [DownloadLink]
    /// The existing codes every hit can be coded with.
    public var codeAllOptions: [OptionView]
    /// The query's parameters, for the two forms that write.
    public var hiddenFields: [HiddenField]

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String, queryText: String, codeOptions: [OptionView], includesChildren: Bool,
        kindOptions: [OptionView], sourceOptions: [OptionView], findsSimilarWords: Bool, problems: [String],
        notice: String?, hasRun: Bool, description: String, countText: String, hits: [TextSearchHitView],
        downloads: [DownloadLink], codeAllOptions: [OptionView], hiddenFields: [HiddenField]
    ) {
        self.csrfToken = csrfToken
        self.queryText = queryText
        self.codeOptions = codeOptions
        self.includesChildren = includesChildren
        self.kindOptions = kindOptions
        self.sourceOptions = sourceOptions
        self.findsSimilarWords = findsSimilarWords
        self.problems = problems
        self.hasProblems = !problems.isEmpty
        self.notice = notice
        self.hasRun = hasRun
        self.description = description
        self.countText = countText
        self.hits = hits
        self.hasHits = !hits.isEmpty
        self.downloads = downloads
        self.codeAllOptions = codeAllOptions
        self.hiddenFields = hiddenFields
    }
}

/// One hit of a text search query as the page lists it.
public struct TextSearchHitView {
    /// The source's title.
    public var sourceTitle: String
    /// The coding page, opened at the hit.
    public var url: String
    /// The source's place, enabler and (for a transcript) the time of the hit's line, or `nil`.
    public var meta: String?
    /// The words before the hit.
    public var before: String
    /// The words found, which the page marks.
    public var matched: String
    /// The words after the hit.
    public var after: String
    /// The codes the hit lies in, when the search was kept to codes, or `nil`.
    public var codes: String?

    /// Creates the value from each of its fields.
    public init(
        sourceTitle: String, url: String, meta: String?, before: String, matched: String, after: String,
        codes: String?
    ) {
        self.sourceTitle = sourceTitle
        self.url = url
        self.meta = meta
        self.before = before
        self.matched = matched
        self.after = after
        self.codes = codes
    }
}
