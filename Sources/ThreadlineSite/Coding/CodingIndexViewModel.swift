/// The list of everything that can be coded.
public struct CodingIndexViewModel: PageModel {
    public static let template = Template.workspaceCodingIndex

    public var groups: [CodingSourceGroup]
    public var hasCodes: Bool
    /// Codings left where they were when sources began to be coded as they read (`CodingRelocationProblem`).
    public var relocations: [CodingRelocationRow]
    public var hasRelocations: Bool

    /// Creates the value from each of its fields.
    public init(groups: [CodingSourceGroup], hasCodes: Bool, relocations: [CodingRelocationRow] = []) {
        self.groups = groups
        self.hasCodes = hasCodes
        self.relocations = relocations
        self.hasRelocations = !relocations.isEmpty
    }
}

/// A coding to look at again, with where it is and why.
public struct CodingRelocationRow {
    public var sourceTitle: String
    public var url: String
    public var excerpt: String
    public var reason: String

    /// Creates the value from each of its fields.
    public init(sourceTitle: String, url: String, excerpt: String, reason: String) {
        self.sourceTitle = sourceTitle
        self.url = url
        self.excerpt = excerpt
        self.reason = reason
    }
}

/// The codable items of one kind.
public struct CodingSourceGroup {
    public var heading: String
    public var sources: [CodingSourceRow]
    public var hasSources: Bool

    /// Creates the value from each of its fields.
    public init(heading: String, sources: [CodingSourceRow], hasSources: Bool) {
        self.heading = heading
        self.sources = sources
        self.hasSources = hasSources
    }
}

/// One codable item with how much coding it has.
public struct CodingSourceRow {
    public var title: String
    public var url: String
    public var place: String?
    public var codingCount: Int
    public var mineCount: Int

    /// Creates the value from each of its fields.
    public init(title: String, url: String, place: String? = nil, codingCount: Int, mineCount: Int) {
        self.title = title
        self.url = url
        self.place = place
        self.codingCount = codingCount
        self.mineCount = mineCount
    }
}
