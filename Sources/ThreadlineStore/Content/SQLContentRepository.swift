import SQLKit
public import ThreadlineCore

/// The SQL implementation of `ContentRepository`, one instance per kind of content.
public struct SQLContentRepository<Entity: ContentEntity>: ContentRepository {
    private let database: Database
    private let table = ContentTable<Entity>()

    /// Creates a repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    public func get(_ id: Entity.ID) async throws -> Entity? {
        try await database.read { try await table.get(id, on: $0) }
    }

    public func get(slug: String) async throws -> Entity? {
        try await database.read { try await table.get(slug: slug, on: $0) }
    }

    public func get(ids: [Entity.ID]) async throws -> [Entity] {
        try await database.read { try await table.get(ids: ids, on: $0) }
    }

    public func referenceCount(to id: Entity.ID) async throws -> Int {
        try await database.read { try await table.referenceCount(to: id, on: $0) }
    }

    public func list(_ query: ContentQuery) async throws -> Page<Entity> {
        try await database.read { try await table.list(query, on: $0) }
    }

    public func create(_ item: Entity) async throws {
        try await database.write { sql in
            let problems = try await table.conflicts(for: item, on: sql)
            if try await table.exists(item.id, on: sql) {
                throw StoreError.conflict(
                    [FieldProblem(field: "id", message: "A \(Entity.kind.singularName) with this ID already exists.")]
                        + problems
                )
            }
            guard problems.isEmpty else { throw StoreError.conflict(problems) }
            try await table.insert(item, on: sql)
            try await SearchIndex.refresh(item, on: sql)
            try await Self.recordReportVersion(item, previous: nil, on: sql)
            try await ContentAudit.created(item, on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    public func update(_ item: Entity) async throws {
        try await database.write { sql in
            guard let stored = try await table.get(item.id, on: sql) else {
                throw StoreError.notFound("The \(Entity.kind.singularName) \(item.id)")
            }
            let item = item.reconciled(with: stored)
            let problems = try await table.conflicts(for: item, on: sql)
            guard problems.isEmpty else { throw StoreError.conflict(problems) }
            try await table.update(item, on: sql)
            try await SearchIndex.refresh(item, on: sql)
            try await Self.recordReportVersion(item, previous: stored, on: sql)
            try await ContentAudit.updated(from: stored, to: item, on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    public func delete(_ id: Entity.ID) async throws {
        try await database.write { sql in
            guard let stored = try await table.get(id, on: sql) else {
                throw StoreError.notFound("The \(Entity.kind.singularName) \(id)")
            }
            try await table.delete(id, on: sql)
            try await ContentAudit.deleted(stored, id: id, on: sql)
            try await SearchIndex.remove(kind: Entity.kind, id: id.description, on: sql)
            try await SQLCodingRepository.deleteCodings(of: Entity.kind, id: id.description, on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    /// Publishing a report by its status (a form's Publish button, an API write of `"status": "published"`) records
    /// the version readers will see, in the same transaction. Saving a report that was already published does not:
    /// its sections may hold edits nobody has published yet, and only "Publish a new version" publishes those.
    private static func recordReportVersion(_ item: Entity, previous: Entity?, on sql: any SQLDatabase) async throws {
        guard let report = item as? Report, report.status == .published,
            (previous as? Report)?.status != .published
        else { return }
        // A version holds published sections only. Publishing by status offers no choice of drafts, so rather than
        // put out a report without them, it is refused until someone chooses (on the manage page, or through
        // `include_sections`).
        let drafts = try await ReportPublishing.sections(of: report.id, on: sql).filter { $0.status != .published }
        guard drafts.isEmpty else {
            let names = drafts.map { "“\($0.displayTitle)”" }.joined(separator: ", ")
            throw StoreError.conflict([
                FieldProblem(
                    field: "status",
                    message: "This report has \(drafts.count) draft section\(drafts.count == 1 ? "" : "s") (\(names)). "
                        + "Publish it from Sections and versions, where you choose which drafts go out, or publish "
                        + "the sections first.")
            ])
        }
        try await ReportPublishing.record(report, by: nil, at: report.updatedAt, on: sql)
    }
}
