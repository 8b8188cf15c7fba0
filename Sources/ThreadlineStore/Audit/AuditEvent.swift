public import Foundation
public import ThreadlineCore

/// One recorded change: who made it, when, to what, and what changed.
public struct AuditEvent: Hashable, Sendable, Identifiable {
    /// The event's number, increasing with each event.
    public var id: Int
    /// When the change was committed (the server's clock).
    public var at: Date
    /// The user who made it, when a signed-in user did.
    public var actorID: User.ID?
    /// The actor's label: an email, "command line", "survey link", "anonymous" or "system".
    public var actor: String
    /// What happened.
    public var action: AuditAction
    /// The kind of thing changed (`story`, `user`, `session`, `maturity_survey`…).
    public var entityKind: String
    /// Which one.
    public var entityID: String
    /// A short sentence for people.
    public var summary: String
    /// The fields that changed, in key order.
    public var changes: [AuditChange]

    /// Creates an event.
    public init(
        id: Int, at: Date, actorID: User.ID?, actor: String, action: AuditAction, entityKind: String,
        entityID: String, summary: String, changes: [AuditChange]
    ) {
        self.id = id
        self.at = at
        self.actorID = actorID
        self.actor = actor
        self.action = action
        self.entityKind = entityKind
        self.entityID = entityID
        self.summary = summary
        self.changes = changes
    }
}
