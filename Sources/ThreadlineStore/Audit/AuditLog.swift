import Foundation
import SQLKit
import ThreadlineCore

/// Writes audit events inside a repository's own transaction, so a change and its record commit (or roll back)
/// together: an insert that fails makes the whole change fail.
enum AuditLog {
    /// Records one event by the current task's `AuditActor` unless `actor` says otherwise.
    ///
    /// The time is the server's clock at the write, not the item's editable dates: the trail says when the
    /// change happened, whatever the change claims.
    static func record(
        _ action: AuditAction, kind: String, id: String, summary: String, changes: [AuditChange] = [],
        actor: AuditActor = AuditActor.current, on sql: any SQLDatabase
    ) async throws {
        try await sql.insert(into: "audit_events")
            .columns("at", "actor_id", "actor", "action", "entity_kind", "entity_id", "summary", "changes")
            .values(
                SQLBind(Date().timeIntervalSince1970), SQLBind(actor.userID?.description), SQLBind(actor.label),
                SQLBind(action.rawValue), SQLBind(kind), SQLBind(id), SQLBind(summary),
                SQLBind(try encode(changes))
            )
            .run()
    }

    /// `changes` as the stored JSON text: `{"field": {"from": …, "to": …}}`, keys sorted.
    static func encode(_ changes: [AuditChange]) throws -> String {
        var object: [String: JSONValue] = [:]
        for change in changes {
            object[change.field] = .object(["from": change.from ?? .null, "to": change.to ?? .null])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONValue.object(object)), as: UTF8.self)
    }

    /// The stored JSON text back as changes in key order; unreadable text reads as no changes.
    static func decode(_ text: String) -> [AuditChange] {
        guard let object = try? JSONValue.parse(Data(text.utf8)).objectValue else { return [] }
        return object.keys.sorted().map { field in
            let pair = object[field]?.objectValue ?? [:]
            func value(_ key: String) -> JSONValue? {
                guard let value = pair[key], value != .null else { return nil }
                return value
            }
            return AuditChange(field: field, from: value("from"), to: value("to"))
        }
    }
}
