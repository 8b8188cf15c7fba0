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
