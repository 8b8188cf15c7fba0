public import ThreadlineCore

/// Which items of one kind to list, and which page of them.
public struct ContentQuery: Hashable, Sendable {
    /// Only items with this status; `nil` for all.
    public var status: PublicationStatus?
    /// Only items belonging to this place (kinds with a place).
    public var placeID: Place.ID?
    /// Only items linked to this enabler (kinds with an enabler).
    public var enablerID: Enabler.ID?
    /// The most items to return.
    public var limit: Int
    /// How many items to skip.
    public var offset: Int

    /// The largest page a caller may ask for.
    public static let maximumLimit = 500

    /// Creates a query; limits are clamped to 1…`maximumLimit`.
    public init(
        status: PublicationStatus? = nil,
        placeID: Place.ID? = nil,
        enablerID: Enabler.ID? = nil,
        limit: Int = maximumLimit,
        offset: Int = 0
    ) {
        self.status = status
        self.placeID = placeID
        self.enablerID = enablerID
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.offset = max(offset, 0)
    }

    /// Every published item (up to the maximum page).
    public static let published = ContentQuery(status: .published)
}

/// One page of results and how many there are in all.
public struct Page<Item: Sendable>: Sendable {
    /// The items on this page.
    public var items: [Item]
    /// How many items match in all.
    public var total: Int
    /// The page size asked for.
    public var limit: Int
    /// How many were skipped.
    public var offset: Int

    /// Creates a page.
    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

extension Page: Equatable where Item: Equatable {}
