/// A reflective log's public page.
public struct ReflectiveLogViewModel: PageModel {
    public static let template = Template.reflectiveLog

    public var title: String
    public var dateText: String?
    public var dateISO: String?
    public var placeName: String?
    public var placeURL: String?
    public var enablers: [NamedLink]
    public var hasEnablers: Bool
    public var credit: String?
    public var whatHTML: String
    public var soWhatHTML: String?
    public var nowWhatHTML: String?
    public var examples: [NamedLink]
    public var hasExamples: Bool
}

/// A name and where it leads.
public struct NamedLink {
    public var name: String
    public var url: String
}

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

/// A version of a programme theory.
public struct TheoryViewModel: PageModel {
    public static let template = Template.theory

    public var title: String
    public var cycle: String
    public var enablerName: String?
    public var enablerURL: String?
    public var contextHTML: String
    public var mechanismHTML: String
    public var outcomeHTML: String
    public var changeNoteHTML: String?
    public var supporting: [EvidenceLinkItem]
    public var hasSupporting: Bool
    public var challenging: [EvidenceLinkItem]
    public var hasChallenging: Bool
    public var history: [TheoryVersionItem]
    public var hasHistory: Bool
}

/// One item of evidence cited by a theory, with why.
public struct EvidenceLinkItem {
    public var kindLabel: String
    public var title: String
    public var url: String
    public var note: String?
}

/// One version in a theory's history.
public struct TheoryVersionItem {
    public var title: String
    public var cycle: String
    public var url: String
    public var isCurrent: Bool
    public var changeNote: String?
}
