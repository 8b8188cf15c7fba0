import SQLKit
import ThreadlineCore

/// The audit events of content writes, computed from the items' own encodings so one definition serves every
/// kind: the fields whose encoded values differ are the fields that changed.
enum ContentAudit<Entity: ContentEntity> {
    /// Bookkeeping every save touches; recording it would make every event look like a change.
    private static var bookkeeping: Set<String> { ["updated_at", "created_at"] }

    /// A testimony's consent fields: changing them is its own event, because who may hear a person is the
    /// question an audit of consent exists to answer.
    private static func isConsent(_ field: String) -> Bool {
        Entity.kind == .testimony && field.hasPrefix("consent_")
    }

    static func created(_ item: Entity, on sql: any SQLDatabase) async throws {
        let changes = AuditChange.between([:], try fields(of: item), ignoring: bookkeeping)
        try await AuditLog.record(
            .created, kind: Entity.kind.rawValue, id: item.id.description,
            summary: "Created the \(Entity.kind.singularName) \(quoted(item.displayTitle)).", changes: changes,
            on: sql)
    }

    /// Records an update as up to two events: the consent change (testimony only), then the rest as an update,
    /// a publication or a withdrawal. A save that changed nothing records nothing.
    static func updated(from stored: Entity, to item: Entity, on sql: any SQLDatabase) async throws {
        let all = AuditChange.between(try fields(of: stored), try fields(of: item), ignoring: bookkeeping)
        let consent = all.filter { isConsent($0.field) }
        let rest = all.filter { !isConsent($0.field) }
        let name = "the \(Entity.kind.singularName) \(quoted(item.displayTitle))"
        if !consent.isEmpty {
            try await AuditLog.record(
                .consentChanged, kind: Entity.kind.rawValue, id: item.id.description,
                summary: "Changed the consent of \(name).", changes: consent, on: sql)
        }
        guard !rest.isEmpty else { return }
        let action: AuditAction =
            switch (stored.status, item.status) {
            case (.draft, .published): .published
            case (.published, .draft): .unpublished
            default: .updated
            }
        let verb =
            switch action {
            case .published: "Published"
            case .unpublished: "Withdrew"
            default: "Updated"
            }
        try await AuditLog.record(
            action, kind: Entity.kind.rawValue, id: item.id.description, summary: "\(verb) \(name).", changes: rest,
            on: sql)
    }

    static func deleted(_ stored: Entity?, id: Entity.ID, on sql: any SQLDatabase) async throws {
        let title = stored.map { " " + quoted($0.displayTitle) } ?? ""
        try await AuditLog.record(
            .deleted, kind: Entity.kind.rawValue, id: id.description,
            summary: "Deleted the \(Entity.kind.singularName)\(title).", on: sql)
    }

    private static func fields(of item: Entity) throws -> [String: JSONValue] {
        try JSONValue.encoding(item).objectValue ?? [:]
    }

    private static func quoted(_ title: String) -> String {
        "“\(title.isEmpty ? "untitled" : title)”"
    }
}
