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
