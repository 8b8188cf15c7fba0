/// The passages coded with one code, grouped by source.
public struct CodePassagesViewModel: PageModel {
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
        matricesURL: String
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
        storedExcerpt: String? = nil
    ) {
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

/// The agreement page: the choice of sources, codes and coders, and the results.
public struct AgreementViewModel: PageModel {
    public static let template = Template.workspaceAgreement

    public var sources: [AgreementChoice]
    public var codes: [AgreementChoice]
    public var coders: [AgreementChoice]
    public var hasSources: Bool
    public var hasCodes: Bool
    public var message: String?
    public var notes: [String]
    public var results: [AgreementUnitView]
    public var hasResults: Bool
    public var disagreements: [DisagreementView]
    public var hasDisagreements: Bool
    public var disagreementNote: String?
    public var coderNames: String

    /// Creates the value from each of its fields.
    public init(
        sources: [AgreementChoice],
        codes: [AgreementChoice],
        coders: [AgreementChoice],
        hasSources: Bool,
        hasCodes: Bool,
        message: String? = nil,
        notes: [String],
        results: [AgreementUnitView],
        hasResults: Bool,
        disagreements: [DisagreementView],
        hasDisagreements: Bool,
        disagreementNote: String? = nil,
        coderNames: String
    ) {
        self.sources = sources
        self.codes = codes
        self.coders = coders
        self.hasSources = hasSources
        self.hasCodes = hasCodes
        self.message = message
        self.notes = notes
        self.results = results
        self.hasResults = hasResults
        self.disagreements = disagreements
        self.hasDisagreements = hasDisagreements
        self.disagreementNote = disagreementNote
        self.coderNames = coderNames
    }
}

/// A checkbox of the agreement form.
public struct AgreementChoice {
    public var value: String
    public var label: String
    public var detail: String?
    public var depthClass: String
    public var isChecked: Bool
    public var inputID: String

    /// Creates the value from each of its fields.
    public init(
        value: String,
        label: String,
        detail: String? = nil,
        depthClass: String,
        isChecked: Bool,
        inputID: String
    ) {
        self.value = value
        self.label = label
        self.detail = detail
        self.depthClass = depthClass
        self.isChecked = isChecked
        self.inputID = inputID
    }
}

/// The results for one kind of unit.
public struct AgreementUnitView {
    public var id: String
    public var heading: String
    public var unitName: String
    public var sourcesText: String
    public var pairs: [AgreementPairView]
    public var alphaText: String
    public var codes: [AgreementCodeView]
    public var pairNames: [String]
    public var hasUndefinedKappa: Bool
    public var footnoteID: String

    /// Creates the value from each of its fields.
    public init(
        id: String,
        heading: String,
        unitName: String,
        sourcesText: String,
        pairs: [AgreementPairView],
        alphaText: String,
        codes: [AgreementCodeView],
        pairNames: [String],
        hasUndefinedKappa: Bool,
        footnoteID: String
    ) {
        self.id = id
        self.heading = heading
        self.unitName = unitName
        self.sourcesText = sourcesText
        self.pairs = pairs
        self.alphaText = alphaText
        self.codes = codes
        self.pairNames = pairNames
        self.hasUndefinedKappa = hasUndefinedKappa
        self.footnoteID = footnoteID
    }
}

/// One pair of coders' figures.
public struct AgreementPairView {
    public var pair: String
    public var percent: String
    public var kappa: String
    public var kappaUndefined: Bool
    public var both: Int
    public var onlyFirst: Int
    public var onlySecond: Int
    public var neither: Int
    public var total: Int
    public var footnoteID: String

    /// Creates the value from each of its fields.
    public init(
        pair: String,
        percent: String,
        kappa: String,
        kappaUndefined: Bool,
        both: Int,
        onlyFirst: Int,
        onlySecond: Int,
        neither: Int,
        total: Int,
        footnoteID: String
    ) {
        self.pair = pair
        self.percent = percent
        self.kappa = kappa
        self.kappaUndefined = kappaUndefined
        self.both = both
        self.onlyFirst = onlyFirst
        self.onlySecond = onlySecond
        self.neither = neither
        self.total = total
        self.footnoteID = footnoteID
    }
}

/// One code's row: kappa and percent per pair, and alpha.
public struct AgreementCodeView {
    public var code: String
    public var pairs: [AgreementPairView]
    public var alphaText: String

    /// Creates the value from each of its fields.
    public init(code: String, pairs: [AgreementPairView], alphaText: String) {
        self.code = code
        self.pairs = pairs
        self.alphaText = alphaText
    }
}

/// A stretch where coders differ about a code.
public struct DisagreementView {
    public var source: String
    public var code: String
    public var passage: String?
    public var timeText: String?
    public var coding: String
    public var notCoding: String
    public var url: String

    /// Creates the value from each of its fields.
    public init(
        source: String,
        code: String,
        passage: String? = nil,
        timeText: String? = nil,
        coding: String,
        notCoding: String,
        url: String
    ) {
        self.source = source
        self.code = code
        self.passage = passage
        self.timeText = timeText
        self.coding = coding
        self.notCoding = notCoding
        self.url = url
    }
}
