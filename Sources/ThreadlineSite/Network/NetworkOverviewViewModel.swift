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
