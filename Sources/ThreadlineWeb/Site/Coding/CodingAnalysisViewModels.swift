/// The passages coded with one code, grouped by source.
struct CodePassagesViewModel {
    var codeName: String
    var codePath: String
    var countText: String
    var includesChildren: Bool
    var hasChildren: Bool
    var coders: [CoderOption]
    var action: String
    var groups: [PassageSourceGroup]
    var hasPassages: Bool
    var matricesURL: String
}

/// A coder to filter by, and whether it is the one chosen.
struct CoderOption {
    var id: String
    var name: String
    var isSelected: Bool
}

/// One source's passages.
struct PassageSourceGroup {
    var title: String
    var url: String
    var place: String?
    var enabler: String?
    var countText: String
    var passages: [PassageView]
}

/// One coded passage shown with the text around it.
struct PassageView {
    var url: String
    var codeName: String?
    var coderName: String
    var before: String
    var passage: String
    var after: String
    var leadingEllipsis: Bool
    var trailingEllipsis: Bool
    var timeText: String?
    var memo: String?
    var hasChanged: Bool
    var storedExcerpt: String?
}

/// A code × something matrix page.
struct MatrixViewModel {
    var heading: String
    var introduction: String
    var links: [MatrixLink]
    var csvURL: String
    var hasCodes: Bool
    var hasColumns: Bool
    var caption: String
    var columnHeading: String
    var columnLabels: [String]
    var rows: [MatrixRowView]
    var svg: String?
    var figureCaption: String
    var tableID: String
}

/// A link to another matrix, marked when it is the one shown.
struct MatrixLink {
    var label: String
    var url: String
    var isCurrent: Bool
}

/// One code's row of counts.
struct MatrixRowView {
    var label: String
    var url: String
    var cells: [MatrixCellView]
}

/// One count.
struct MatrixCellView {
    var count: Int
}

/// The agreement page: the choice of sources, codes and coders, and the results.
struct AgreementViewModel {
    var sources: [AgreementChoice]
    var codes: [AgreementChoice]
    var coders: [AgreementChoice]
    var hasSources: Bool
    var hasCodes: Bool
    var message: String?
    var notes: [String]
    var results: [AgreementUnitView]
    var hasResults: Bool
    var disagreements: [DisagreementView]
    var hasDisagreements: Bool
    var disagreementNote: String?
    var coderNames: String
}

/// A checkbox of the agreement form.
struct AgreementChoice {
    var value: String
    var label: String
    var detail: String?
    var depthClass: String
    var isChecked: Bool
    var inputID: String
}

/// The results for one kind of unit.
struct AgreementUnitView {
    var id: String
    var heading: String
    var unitName: String
    var sourcesText: String
    var pairs: [AgreementPairView]
    var alphaText: String
    var codes: [AgreementCodeView]
    var pairNames: [String]
    var hasUndefinedKappa: Bool
    var footnoteID: String
}

/// One pair of coders' figures.
struct AgreementPairView {
    var pair: String
    var percent: String
    var kappa: String
    var kappaUndefined: Bool
    var both: Int
    var onlyFirst: Int
    var onlySecond: Int
    var neither: Int
    var total: Int
    var footnoteID: String
}

/// One code's row: kappa and percent per pair, and alpha.
struct AgreementCodeView {
    var code: String
    var pairs: [AgreementPairView]
    var alphaText: String
}

/// A stretch where coders differ about a code.
struct DisagreementView {
    var source: String
    var code: String
    var passage: String?
    var timeText: String?
    var coding: String
    var notCoding: String
    var url: String
}
