public import ThreadlineCore

/// What to search for, where, and for whom.
public struct SearchRequest: Sendable {
    /// The parsed query.
    public var query: SearchQuery
    /// The kinds to include; empty means all.
    public var kinds: Set<SearchKind>
    /// Only evidence of this place.
    public var placeID: Place.ID?
    /// Only evidence of this enabler.
    public var enablerID: Enabler.ID?
    /// Only evidence dated on or after this day.
    public var from: PartialDate?
    /// Only evidence dated on or before this day (a month or year means its end).
    public var to: PartialDate?
    /// Whether only what the public may see is searched (anonymous readers); the team searches everything.
    public var publicOnly: Bool
    /// The day it is, for consent that ends on a day.
    public var today: PartialDate
    /// Page size, 1…100.
    public var limit: Int
    /// Results to skip.
    public var offset: Int

    /// Creates a request.
    public init(
        query: SearchQuery, kinds: Set<SearchKind> = [], placeID: Place.ID? = nil, enablerID: Enabler.ID? = nil,
        from: PartialDate? = nil, to: PartialDate? = nil, publicOnly: Bool, today: PartialDate, limit: Int = 20,
        offset: Int = 0
    ) {
        self.query = query
        self.kinds = kinds
        self.placeID = placeID
        self.enablerID = enablerID
        self.from = from
        self.to = to
        self.publicOnly = publicOnly
        self.today = today
        self.limit = min(max(limit, 1), 100)
        self.offset = max(offset, 0)
    }
}

/// One result.
public struct SearchHit: Hashable, Sendable, Codable {
    /// What was found.
    public var kind: SearchKind
    /// The item's ID (for a transcript line, its testimony's).
    public var entityID: String
    /// The item's title (for a transcript line, its testimony's).
    public var title: String
    /// The public URL name, for kinds addressed by slug.
    public var slug: String?
    /// Where a transcript line starts, in milliseconds.
    public var startMs: Int?
    /// The matching passage as plain text, with the matched words between `SearchHit.markStart` and
    /// `SearchHit.markEnd`; whoever shows it escapes the text and turns the marks into highlighting.
    public var snippet: String
    /// The item's place, if any.
    public var placeID: String?
    /// The item's date (`YYYY-MM-DD`), if any.
    public var day: String?

    enum CodingKeys: String, CodingKey {
        case kind, title, slug, snippet, day
        case entityID = "entity_id"
        case startMs = "start_ms"
        case placeID = "place_id"
    }

    /// Marks the start of a matched word in `snippet` (a private-use character no text contains).
    public static let markStart: Character = "\u{E000}"
    /// Marks the end of a matched word in `snippet`.
    public static let markEnd: Character = "\u{E001}"
}

/// A page of results.
public struct SearchResults: Sendable {
    /// The results, best first.
    public var hits: [SearchHit]
    /// How many results there are in all, counted up to `SearchResults.countLimit`.
    public var total: Int
    /// Whether there are more than `total`.
    public var totalIsLowerBound: Bool

    /// Counting stops here: a count of every match of a common word in a million transcript lines costs more than
    /// it tells anyone.
    public static let countLimit = 1000
}

/// Full-text search across stories, case studies, news, milestones, testimony and transcripts.
public protocol SearchRepository: Sendable {
    /// Runs a search.
    func search(_ request: SearchRequest) async throws -> SearchResults
    /// Rebuilds the whole index from the stored content, in one transaction; returns how many entries it holds.
    func rebuild() async throws -> Int
}
