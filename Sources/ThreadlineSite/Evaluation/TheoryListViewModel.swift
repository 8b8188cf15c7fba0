/// The list of programme theories, by enabler.
public struct TheoryListViewModel: PageModel {
    public static let template = Template.theories

    public var groups: [TheoryGroup]
    public var hasGroups: Bool
}

/// One enabler's theories: the latest published version of each, with how many versions came before.
public struct TheoryGroup {
    public var enablerName: String
    public var enablerURL: String?
    public var anchor: String
    public var theories: [TheoryListItem]
}

/// One theory in the list.
public struct TheoryListItem {
    public var title: String
    public var url: String
    public var cycle: String
    public var earlierCount: Int
    public var hasEarlier: Bool
}
