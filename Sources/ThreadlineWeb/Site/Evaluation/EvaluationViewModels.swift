/// A reflective log's public page.
struct ReflectiveLogViewModel {
    var title: String
    var dateText: String?
    var dateISO: String?
    var placeName: String?
    var placeURL: String?
    var enablers: [NamedLink]
    var hasEnablers: Bool
    var credit: String?
    var whatHTML: String
    var soWhatHTML: String?
    var nowWhatHTML: String?
    var examples: [NamedLink]
    var hasExamples: Bool
}

/// A name and where it leads.
struct NamedLink {
    var name: String
    var url: String
}

/// The list of programme theories, by enabler.
struct TheoryListViewModel {
    var groups: [TheoryGroup]
    var hasGroups: Bool
}

/// One enabler's theories: the latest published version of each, with how many versions came before.
struct TheoryGroup {
    var enablerName: String
    var enablerURL: String?
    var anchor: String
    var theories: [TheoryListItem]
}

/// One theory in the list.
struct TheoryListItem {
    var title: String
    var url: String
    var cycle: String
    var earlierCount: Int
    var hasEarlier: Bool
}

/// A version of a programme theory.
struct TheoryViewModel {
    var title: String
    var cycle: String
    var enablerName: String?
    var enablerURL: String?
    var contextHTML: String
    var mechanismHTML: String
    var outcomeHTML: String
    var changeNoteHTML: String?
    var supporting: [EvidenceLinkItem]
    var hasSupporting: Bool
    var challenging: [EvidenceLinkItem]
    var hasChallenging: Bool
    var history: [TheoryVersionItem]
    var hasHistory: Bool
}

/// One item of evidence cited by a theory, with why.
struct EvidenceLinkItem {
    var kindLabel: String
    var title: String
    var url: String
    var note: String?
}

/// One version in a theory's history.
struct TheoryVersionItem {
    var title: String
    var cycle: String
    var url: String
    var isCurrent: Bool
    var changeNote: String?
}
