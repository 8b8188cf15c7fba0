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
    /// Whether sources only one coder has coded count too (`all_sources=1`).
    public var includesAllSources: Bool
    /// The threshold as typed into "Show where kappa is below".
    public var belowText: String
    /// Why the threshold could not be read, naming the field; `nil` when it could.
    public var belowProblem: String?
    /// Whether a threshold filters the per-source rows.
    public var isFiltered: Bool

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
        coderNames: String,
        includesAllSources: Bool = false,
        belowText: String = "",
        belowProblem: String? = nil,
        isFiltered: Bool = false
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
        self.includesAllSources = includesAllSources
        self.belowText = belowText
        self.belowProblem = belowProblem
        self.isFiltered = isFiltered
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
    /// One coding comparison table (source × code) per pair of coders.
    public var sourceCodeTables: [AgreementSourceCodeTable]

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
        footnoteID: String,
        sourceCodeTables: [AgreementSourceCodeTable] = []
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
        self.sourceCodeTables = sourceCodeTables
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
    /// How many sources the pair's figures cover.
    public var sourceCount: Int

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
        footnoteID: String,
        sourceCount: Int = 0
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
        self.sourceCount = sourceCount
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
