/// `/workspace/networks`: the waves and a form to make one.
struct NetworkOverviewViewModel {
    var canManage: Bool
    var csrfToken: String
    var waves: [NetworkWaveRowView]
    var hasWaves: Bool
    var name: String
    var placeOptions: [OptionView]
    var periodOptions: [OptionView]
    var closesOn: String
    var problems: [ProblemLinkView]
    var hasProblems: Bool
    var notice: String?
}

/// One wave in the list.
struct NetworkWaveRowView {
    var name: String
    var url: String
    var placeName: String
    var period: String
    var membersText: String
    var completionText: String
}

/// `/workspace/networks/{id}`: a wave's members and who has answered, its links, the import and the export.
struct NetworkWaveViewModel {
    var heading: String
    var canManage: Bool
    var csrfToken: String
    var base: String
    var facts: [String]
    var members: [NetworkMemberRowView]
    var hasMembers: Bool
    var newLinks: [NetworkNewLinkView]
    var hasNewLinks: Bool
    var notice: String?
    var importProblems: [String]
    var hasImportProblems: Bool
    var membersCSV: String
    var tiesCSV: String
    var membersHeader: String
    var tiesHeader: String
}

/// One member and where it stands.
struct NetworkMemberRowView {
    var name: String
    var key: String
    var sectorText: String
    var answeredText: String
    var hasAnswered: Bool
    var canRenewLink: Bool
    var linksText: String
}

/// A link made just now, shown once.
struct NetworkNewLinkView {
    var memberName: String
    var url: String
}

/// `/workspace/networks/{id}/results`: the wave's figures, diagram and tables, and the change since another wave.
struct NetworkResultsViewModel {
    var heading: String
    var base: String
    var trustOptions: [OptionView]
    var compareOptions: [OptionView]
    var filterText: String
    var figureHeadings: [String]
    var figures: [NetworkFigureRow]
    var changeSentences: [String]
    var hasChange: Bool
    var diagrams: [NetworkDiagramView]
    var isSideBySide: Bool
    var organisations: [NetworkOrganisationRowView]
    var hasOrganisations: Bool
    var ties: [NetworkTieRowView]
    var tiesCaption: String
    var hasTies: Bool
}

/// One wave's drawing.
struct NetworkDiagramView {
    var caption: String
    var svg: String
}

/// One organisation's figures: the diagram's text alternative.
struct NetworkOrganisationRowView {
    var name: String
    var sectorText: String
    var inDegree: Int
    var outDegree: Int
    var betweenness: String
    var reach: String
    var trust: String
    var value: String
}

/// One tie of the drawing, in words.
struct NetworkTieRowView {
    var from: String
    var to: String
    var frequency: String
    var trust: String
    var value: String
}
