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
