/// The passages coded with one code, grouped by source.
public struct CodePassagesViewModel: PageModel {
    /// The "Only the evidence of" list: a case or an attribute's value (empty when there are no cases).
    public var caseOptions: [OptionView] = [] { didSet { hasCaseOptions = !caseOptions.isEmpty } }
    /// Whether the list is shown (a stored copy, since templates see only stored properties).
    public private(set) var hasCaseOptions = false
    public static let template = Template.workspaceCodePassages

    public var codeName: String
    public var codePath: String
    public var countText: String
    public var includesChildren: Bool
    public var hasChildren: Bool
    public var coders: [CoderOption]
    public var action: String
    public var groups: [PassageSourceGroup]
    public var hasPassages: Bool
    public var matricesURL: String
    /// The passages as CSV, HTML and Word files, with the page's filters.
    public var downloads: [DownloadLink]

    /// Creates the value from each of its fields.
    public init(
        codeName: String,
        codePath: String,
        countText: String,
        includesChildren: Bool,
        hasChildren: Bool,
        coders: [CoderOption],
        action: String,
        groups: [PassageSourceGroup],
        hasPassages: Bool,
        matricesURL: String,
        downloads: [DownloadLink] = []
    ) {
        self.codeName = codeName
        self.codePath = codePath
        self.countText = countText
        self.includesChildren = includesChildren
        self.hasChildren = hasChildren
        self.coders = coders
        self.action = action
        self.groups = groups
        self.hasPassages = hasPassages
        self.matricesURL = matricesURL
        self.downloads = downloads
    }
}

/// A coder to filter by, and whether it is the one chosen.
public struct CoderOption {
    public var id: String
    public var name: String
    public var isSelected: Bool

    /// Creates the value from each of its fields.
    public init(id: String, name: String, isSelected: Bool) {
        self.id = id
        self.name = name
        self.isSelected = isSelected
    }
}

/// One source's passages.
public struct PassageSourceGroup {
    public var title: String
    public var url: String
    public var place: String?
    public var enabler: String?
    public var countText: String
    public var passages: [PassageView]

    /// Creates the value from each of its fields.
    public init(
        title: String,
        url: String,
        place: String? = nil,
        enabler: String? = nil,
        countText: String,
        passages: [PassageView]
    ) {
        self.title = title
        self.url = url
        self.place = place
        self.enabler = enabler
        self.countText = countText
        self.passages = passages
    }
}

/// One coded passage shown with the text around it.
public struct PassageView {
    public var url: String
    public var codeName: String?
    public var coderName: String
    public var before: String
    public var passage: String
    public var after: String
    public var leadingEllipsis: Bool
    public var trailingEllipsis: Bool
    public var timeText: String?
    public var memo: String?
    public var hasChanged: Bool
    public var storedExcerpt: String?
    /// Whether it is a stretch of a recording coded by time: no words, only `timeText`.
    public var isStretch: Bool

    /// Creates the value from each of its fields.
    public init(
        url: String,
        codeName: String? = nil,
        coderName: String,
        before: String,
        passage: String,
        after: String,
        leadingEllipsis: Bool,
        trailingEllipsis: Bool,
        timeText: String? = nil,
        memo: String? = nil,
        hasChanged: Bool,
        storedExcerpt: String? = nil,
        isStretch: Bool = false
    ) {
        self.isStretch = isStretch
        self.url = url
        self.codeName = codeName
        self.coderName = coderName
        self.before = before
        self.passage = passage
        self.after = after
        self.leadingEllipsis = leadingEllipsis
        self.trailingEllipsis = trailingEllipsis
        self.timeText = timeText
        self.memo = memo
        self.hasChanged = hasChanged
        self.storedExcerpt = storedExcerpt
    }
}
