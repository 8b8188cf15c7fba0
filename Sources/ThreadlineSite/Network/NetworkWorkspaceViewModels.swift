/// `/workspace/networks`: the waves and a form to make one.
public struct NetworkOverviewViewModel: PageModel {
    public static let template = Template.workspaceNetworks

    public var canManage: Bool
    public var csrfToken: String
    public var waves: [NetworkWaveRowView]
    public var hasWaves: Bool
    public var name: String
    public var placeOptions: [OptionView]
    public var periodOptions: [OptionView]
    public var closesOn: String
    public var problems: [ProblemLinkView]
    public var hasProblems: Bool
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(
        canManage: Bool,
        csrfToken: String,
        waves: [NetworkWaveRowView],
        hasWaves: Bool,
        name: String,
        placeOptions: [OptionView],
        periodOptions: [OptionView],
        closesOn: String,
        problems: [ProblemLinkView],
        hasProblems: Bool,
        notice: String? = nil
    ) {
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.waves = waves
        self.hasWaves = hasWaves
        self.name = name
        self.placeOptions = placeOptions
        self.periodOptions = periodOptions
        self.closesOn = closesOn
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
    }
}

/// One wave in the list.
public struct NetworkWaveRowView {
    public var name: String
    public var url: String
    public var placeName: String
    public var period: String
    public var membersText: String
    public var completionText: String

    /// Creates the value from each of its fields.
    public init(
        name: String,
        url: String,
        placeName: String,
        period: String,
        membersText: String,
        completionText: String
    ) {
        self.name = name
        self.url = url
        self.placeName = placeName
        self.period = period
        self.membersText = membersText
        self.completionText = completionText
    }
}

/// `/workspace/networks/{id}`: a wave's members and who has answered, its links, the import and the export.
public struct NetworkWaveViewModel: PageModel {
    public static let template = Template.workspaceNetworkWave

    public var heading: String
    public var canManage: Bool
    public var csrfToken: String
    public var base: String
    public var facts: [String]
    public var members: [NetworkMemberRowView]
    public var hasMembers: Bool
    public var newLinks: [NetworkNewLinkView]
    public var hasNewLinks: Bool
    public var notice: String?
    public var importProblems: [String]
    public var hasImportProblems: Bool
    public var membersCSV: String
    public var tiesCSV: String
    public var membersHeader: String
    public var tiesHeader: String

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        canManage: Bool,
        csrfToken: String,
        base: String,
        facts: [String],
        members: [NetworkMemberRowView],
        hasMembers: Bool,
        newLinks: [NetworkNewLinkView],
        hasNewLinks: Bool,
        notice: String? = nil,
        importProblems: [String],
        hasImportProblems: Bool,
        membersCSV: String,
        tiesCSV: String,
        membersHeader: String,
        tiesHeader: String
    ) {
        self.heading = heading
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.base = base
        self.facts = facts
        self.members = members
        self.hasMembers = hasMembers
        self.newLinks = newLinks
        self.hasNewLinks = hasNewLinks
        self.notice = notice
        self.importProblems = importProblems
        self.hasImportProblems = hasImportProblems
        self.membersCSV = membersCSV
        self.tiesCSV = tiesCSV
        self.membersHeader = membersHeader
        self.tiesHeader = tiesHeader
    }
}

/// One member and where it stands.
public struct NetworkMemberRowView {
    public var name: String
    public var key: String
    public var sectorText: String
    public var answeredText: String
    public var hasAnswered: Bool
    public var canRenewLink: Bool
    public var linksText: String

    /// Creates the value from each of its fields.
    public init(
        name: String,
        key: String,
        sectorText: String,
        answeredText: String,
        hasAnswered: Bool,
        canRenewLink: Bool,
        linksText: String
    ) {
        self.name = name
        self.key = key
        self.sectorText = sectorText
        self.answeredText = answeredText
        self.hasAnswered = hasAnswered
        self.canRenewLink = canRenewLink
        self.linksText = linksText
    }
}

/// A link made just now, shown once.
public struct NetworkNewLinkView {
    public var memberName: String
    public var url: String

    /// Creates the value from each of its fields.
    public init(memberName: String, url: String) {
        self.memberName = memberName
        self.url = url
    }
}

/// `/workspace/networks/{id}/results`: the wave's figures, diagram and tables, and the change since another wave.
public struct NetworkResultsViewModel: PageModel {
    public static let template = Template.workspaceNetworkResults

    public var heading: String
    public var base: String
    public var trustOptions: [OptionView]
    public var compareOptions: [OptionView]
    public var filterText: String
    public var figureHeadings: [String]
    public var figures: [NetworkFigureRow]
    public var changeSentences: [String]
    public var hasChange: Bool
    public var diagrams: [NetworkDiagramView]
    public var isSideBySide: Bool
    public var organisations: [NetworkOrganisationRowView]
    public var hasOrganisations: Bool
    public var ties: [NetworkTieRowView]
    public var tiesCaption: String
    public var hasTies: Bool

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        base: String,
        trustOptions: [OptionView],
        compareOptions: [OptionView],
        filterText: String,
        figureHeadings: [String],
        figures: [NetworkFigureRow],
        changeSentences: [String],
        hasChange: Bool,
        diagrams: [NetworkDiagramView],
        isSideBySide: Bool,
        organisations: [NetworkOrganisationRowView],
        hasOrganisations: Bool,
        ties: [NetworkTieRowView],
        tiesCaption: String,
        hasTies: Bool
    ) {
        self.heading = heading
        self.base = base
        self.trustOptions = trustOptions
        self.compareOptions = compareOptions
        self.filterText = filterText
        self.figureHeadings = figureHeadings
        self.figures = figures
        self.changeSentences = changeSentences
        self.hasChange = hasChange
        self.diagrams = diagrams
        self.isSideBySide = isSideBySide
        self.organisations = organisations
        self.hasOrganisations = hasOrganisations
        self.ties = ties
        self.tiesCaption = tiesCaption
        self.hasTies = hasTies
    }
}

/// One wave's drawing.
public struct NetworkDiagramView {
    public var caption: String
    public var svg: String

    /// Creates the value from each of its fields.
    public init(caption: String, svg: String) {
        self.caption = caption
        self.svg = svg
    }
}

/// One organisation's figures: the diagram's text alternative.
public struct NetworkOrganisationRowView {
    public var name: String
    public var sectorText: String
    public var inDegree: Int
    public var outDegree: Int
    public var betweenness: String
    public var reach: String
    public var trust: String
    public var value: String

    /// Creates the value from each of its fields.
    public init(
        name: String,
        sectorText: String,
        inDegree: Int,
        outDegree: Int,
        betweenness: String,
        reach: String,
        trust: String,
        value: String
    ) {
        self.name = name
        self.sectorText = sectorText
        self.inDegree = inDegree
        self.outDegree = outDegree
        self.betweenness = betweenness
        self.reach = reach
        self.trust = trust
        self.value = value
    }
}

/// One tie of the drawing, in words.
public struct NetworkTieRowView {
    public var from: String
    public var to: String
    public var frequency: String
    public var trust: String
    public var value: String

    /// Creates the value from each of its fields.
    public init(from: String, to: String, frequency: String, trust: String, value: String) {
        self.from = from
        self.to = to
        self.frequency = frequency
        self.trust = trust
        self.value = value
    }
}
