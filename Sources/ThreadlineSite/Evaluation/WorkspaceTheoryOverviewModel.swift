import Foundation
import ThreadlineCore

/// The theories overview.
public struct WorkspaceTheoryOverviewModel: PageModel {
    public static let template = Template.workspaceTheoryOverview

    public var groups: [WorkspaceTheoryGroup]
    public var hasGroups: Bool

    /// Creates the value from each of its fields.
    public init(groups: [WorkspaceTheoryGroup], hasGroups: Bool) {
        self.groups = groups
        self.hasGroups = hasGroups
    }
}

/// One enabler's theories.
public struct WorkspaceTheoryGroup {
    public var enablerName: String
    public var theories: [WorkspaceTheoryItem]

    /// Creates the value from each of its fields.
    public init(enablerName: String, theories: [WorkspaceTheoryItem]) {
        self.enablerName = enablerName
        self.theories = theories
    }
}

/// The latest version of one theory, with its evidence counts.
public struct WorkspaceTheoryItem {
    public var title: String
    public var cycle: String
    public var url: String
    public var status: String
    public var supports: Int
    public var challenges: Int
    public var versions: Int

    /// Creates the value from each of its fields.
    public init(
        title: String,
        cycle: String,
        url: String,
        status: String,
        supports: Int,
        challenges: Int,
        versions: Int
    ) {
        self.title = title
        self.cycle = cycle
        self.url = url
        self.status = status
        self.supports = supports
        self.challenges = challenges
        self.versions = versions
    }
}
