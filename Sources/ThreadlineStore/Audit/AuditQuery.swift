public import Foundation

/// Which audit events to list, and which page of them; every filter left `nil` matches everything.
public struct AuditQuery: Hashable, Sendable {
    /// Events whose actor's label contains this text (any case), or whose actor's user ID is exactly it.
    public var actor: String?
    /// Only this action.
    public var action: AuditAction?
    /// Only this kind of entity.
    public var entityKind: String?
    /// Only this entity.
    public var entityID: String?
    /// Events at or after this moment.
    public var from: Date?
    /// Events before this moment.
    public var until: Date?
    /// The most events to return.
    public var limit: Int
    /// How many events to skip.
    public var offset: Int

    /// The largest page a caller may ask for.
    public static let maximumLimit = 1_000

    /// Creates a query; limits are clamped to 1…`maximumLimit`, blank text filters are dropped.
    public init(
        actor: String? = nil, action: AuditAction? = nil, entityKind: String? = nil, entityID: String? = nil,
        from: Date? = nil, until: Date? = nil, limit: Int = 50, offset: Int = 0
    ) {
        self.actor = actor?.nonBlankFilter
        self.action = action
        self.entityKind = entityKind?.nonBlankFilter
        self.entityID = entityID?.nonBlankFilter
        self.from = from
        self.until = until
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.offset = max(offset, 0)
    }
}

extension String {
    fileprivate var nonBlankFilter: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
