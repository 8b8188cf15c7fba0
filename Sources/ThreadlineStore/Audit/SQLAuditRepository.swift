import Foundation
import SQLKit
import ThreadlineCore

/// The SQL implementation of `AuditRepository`: every filter is a bound parameter.
public struct SQLAuditRepository: AuditRepository {
    private let database: Database

    /// Creates a repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    private struct Row: Decodable {
        var id: Int
        var at: Double
        var actorID: String?
        var actor: String
        var action: String
        var entityKind: String
        var entityID: String
        var summary: String
        var changes: String

        enum CodingKeys: String, CodingKey {
            case id, at, actor, action, summary, changes
            case actorID = "actor_id"
            case entityKind = "entity_kind"
            case entityID = "entity_id"
        }

        var event: AuditEvent {
            AuditEvent(
                id: id, at: Date(timeIntervalSince1970: at), actorID: actorID.flatMap(User.ID.init),
                actor: actor, action: AuditAction(rawValue: action) ?? .updated, entityKind: entityKind,
                entityID: entityID, summary: summary, changes: AuditLog.decode(changes))
        }
    }

    public func list(_ query: AuditQuery) async throws -> Page<AuditEvent> {
        try await database.read { sql in
            let rows = try await Self.filtered(sql.select().column("*").from("audit_events"), by: query)
                .orderBy("at", .descending).orderBy("id", .descending)
                .limit(query.limit).offset(query.offset)
                .all(decoding: Row.self)
            let total =
                try await Self.filtered(
                    sql.select().column(SQLRaw("COUNT(*)"), as: "total").from("audit_events"), by: query
                )
                .first(decodingColumn: "total", as: Int.self) ?? 0
            return Page(items: rows.map(\.event), total: total, limit: query.limit, offset: query.offset)
        }
    }

    private static func filtered(_ builder: SQLSelectBuilder, by query: AuditQuery) -> SQLSelectBuilder {
        if let actor = query.actor {
            builder.where(group: { group in
                group.where(
                    SQLBinaryExpression(
                        left: SQLFunction("LOWER", args: SQLColumn("actor")), op: SQLRaw("LIKE"),
                        right: SQLList(
                            [SQLBind(likePattern(containing: actor.lowercased())), SQLRaw("ESCAPE '!'")],
                            separator: SQLRaw(" "))
                    )
                )
                .orWhere("actor_id", .equal, actor)
            })
        }
        if let action = query.action { builder.where("action", .equal, action.rawValue) }
        if let kind = query.entityKind { builder.where("entity_kind", .equal, kind) }
        if let id = query.entityID { builder.where("entity_id", .equal, id) }
        if let from = query.from { builder.where("at", .greaterThanOrEqual, from.timeIntervalSince1970) }
        if let until = query.until { builder.where("at", .lessThan, until.timeIntervalSince1970) }
        return builder
    }

    /// A LIKE pattern matching text that contains `text`, its own `%`, `_` and `!` escaped with `!`.
    static func likePattern(containing text: String) -> String {
        var pattern = "%"
        for character in text {
            if character == "%" || character == "_" || character == "!" { pattern.append("!") }
            pattern.append(character)
        }
        return pattern + "%"
    }
}
