import Foundation
import SQLKit
import ThreadlineCore

/// The SQL for one kind of content, usable inside any transaction (a form save, a whole import).
///
/// Rows are the entities' own `Codable` encodings: column names are the JSON keys, list fields are JSON
/// text, dates are seconds since 1970. That keeps one definition of each entity's shape for API, export and SQL.
struct ContentTable<Entity: ContentEntity>: Sendable {
    let name = Entity.kind.collectionKey

    /// The kind's natural order for lists, portable across SQLite and PostgreSQL.
    var orderBy: String {
        switch Entity.kind {
        case .enabler: "number, name, id"
        case .learningArea: "position, title, id"
        case .place, .organisation: "name, id"
        case .milestone: "date, title, id"
        case .story, .caseStudy: "title, id"
        case .newsPost: "COALESCE(published_at, created_at) DESC, id"
        case .testimony: "title, id"
        case .clip: "testimony_id, start_ms, id"
        case .report: "COALESCE(published_at, created_at) DESC, id"
        case .reportSection: "report_id, position, title, id"
        case .indicator: "name, id"
        case .indicatorFigure: "place_id, indicator_id, period, id"
        case .countsExample: "place_id, period, title, id"
        case .reflectiveLog: "date DESC, title, id"
        case .programmeTheory: "enabler_id, cycle, title, id"
        case .theoryEvidence: "theory_id, stance, id"
        case .document: "title, id"
        }
    }

    /// `orderBy` as an ORDER BY expression for the engine behind `sql`.
    ///
    /// SQLite sorts NULL before every value, PostgreSQL after; on PostgreSQL each key says NULLS FIRST (or, when
    /// descending, NULLS LAST) so an undated milestone or a theory without an enabler lists in the same place on
    /// both engines.
    func ordering(on sql: any SQLDatabase) -> SQLRaw {
        guard DatabaseEngine(of: sql) == .postgres else { return SQLRaw(orderBy) }
        let keys = Self.keys(of: orderBy).map { key in
            key.hasSuffix(" DESC") ? key + " NULLS LAST" : key + " NULLS FIRST"
        }
        return SQLRaw(keys.joined(separator: ", "))
    }

    /// The keys of an ORDER BY list: split at its commas, but not at those inside a function's parentheses.
    static func keys(of list: String) -> [String] {
        var keys: [String] = []
        var current = ""
        var depth = 0
        for character in list {
            switch character {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                keys.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        keys.append(current.trimmingCharacters(in: .whitespaces))
        return keys
    }

    private var encoder: SQLQueryEncoder { SQLQueryEncoder(nilEncodingStrategy: .asNil) }

    func get(_ id: Entity.ID, on sql: any SQLDatabase) async throws -> Entity? {
        try await sql.select().column("*").from(name).where("id", .equal, id.description)
            .first(decoding: Entity.self)
    }

    func get(slug: String, on sql: any SQLDatabase) async throws -> Entity? {
        guard Entity.kind.hasSlug else { return nil }
        return try await sql.select().column("*").from(name).where("slug", .equal, slug)
            .first(decoding: Entity.self)
    }

    func get(ids: [Entity.ID], on sql: any SQLDatabase) async throws -> [Entity] {
        guard !ids.isEmpty else { return [] }
        return try await sql.select().column("*").from(name)
            .where("id", .in, ids.map(\.description))
            .orderBy(ordering(on: sql))
            .all(decoding: Entity.self)
    }

    func list(_ query: ContentQuery, on sql: any SQLDatabase) async throws -> Page<Entity> {
        func filtered(_ builder: SQLSelectBuilder) -> SQLSelectBuilder {
            if let status = query.status { builder.where("status", .equal, status.rawValue) }
            if let place = query.placeID, Entity.schema.field("place_id") != nil {
                builder.where("place_id", .equal, place.description)
            }
            if let enabler = query.enablerID, Entity.schema.field("enabler_id") != nil {
                builder.where("enabler_id", .equal, enabler.description)
            }
            return builder
        }
        let items = try await filtered(sql.select().column("*").from(name))
            .orderBy(ordering(on: sql))
            .limit(query.limit).offset(query.offset)
            .all(decoding: Entity.self)
        let total: Int
        if query.offset == 0, items.count < query.limit {
            total = items.count  // The whole set fits on this page: no need to count again.
        } else {
            total =
                try await filtered(sql.select().column(SQLRaw("COUNT(*)"), as: "total").from(name))
                .first(decodingColumn: "total", as: Int.self) ?? 0
        }
        return Page(items: items, total: total, limit: query.limit, offset: query.offset)
    }

    /// Problems that would make a write break the data's rules: a URL name in use, a reference to nothing.
    func conflicts(for item: Entity, on sql: any SQLDatabase) async throws -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if let slug = item.publicSlug {
            let other = try await sql.select().column("id").from(name)
                .where("slug", .equal, slug).where("id", .notEqual, item.id.description)
                .first()
            if other != nil {
                problems.append(
                    FieldProblem(
                        field: "slug", message: "Another \(Entity.kind.singularName) already uses \"\(slug)\".")
                )
            }
        }
        let object = try JSONValue.encoding(item).objectValue ?? [:]
        for field in Entity.schema.fields {
            let ids: [String]
            let target: EntityKind
            switch field.type {
            case .reference(let kind):
                guard let id = object[field.key]?.stringValue else { continue }
                (ids, target) = ([id], kind)
            case .references(let kind):
                (ids, target) = ((object[field.key]?.arrayValue ?? []).compactMap(\.stringValue), kind)
            default:
                continue
            }
            guard !ids.isEmpty else { continue }
            let found = try await sql.select().column("id").from(target.collectionKey).where("id", .in, ids)
                .all(decodingColumn: "id", as: String.self)
            for missing in ids where !found.contains(missing) {
                problems.append(
                    FieldProblem(field: field.key, message: "There is no \(target.singularName) with ID \(missing)."))
            }
        }
        if let section = item as? ReportSection, let report = section.reportID {
            // A section's position is its address on the report page (#section-2): two at one position would share it.
            let other = try await sql.select().column("title").from(name)
                .where("report_id", .equal, report.description).where("position", .equal, section.position)
                .where("id", .notEqual, section.id.description).first(decodingColumn: "title", as: String.self)
            if let other {
                problems.append(
                    FieldProblem(
                        field: "position",
                        message: "The section \"\(other)\" is already at position \(section.position) of this report."))
            }
        }
        if let clip = item as? Clip, let testimony = clip.testimonyID {
            // A clip must lie inside its recording, whose length only the stored testimony knows.
            let duration = try await sql.select().column("duration_ms").from("testimonies")
                .where("id", .equal, testimony.description)
                .first(decodingColumn: "duration_ms", as: Int?.self)
            problems += clip.rangeProblems(durationMs: duration ?? nil)
        }
        if let theory = item as? ProgrammeTheory, let revised = theory.revisesID {
            problems += try await Self.revisionProblems(of: theory, revising: revised, on: sql)
        }
        return problems
    }

    /// A theory version revises an earlier version of the same enabler's theory, and following "revises" from it
    /// must never come back to it: the history page walks that chain.
    private static func revisionProblems(
        of theory: ProgrammeTheory, revising revised: ProgrammeTheory.ID, on sql: any SQLDatabase
    ) async throws -> [FieldProblem] {
        var problems: [FieldProblem] = []
        var next: ProgrammeTheory.ID? = revised
        var seen: Set<String> = [theory.id.description]
        var steps = 0
        while let current = next, steps < 1_000 {
            guard seen.insert(current.description).inserted else {
                problems.append(
                    FieldProblem(
                        field: "revises_id",
                        message: "That version already follows from this one; a theory's history cannot loop."))
                break
            }
            guard
                let earlier = try await sql.select().column("*").from(EntityKind.programmeTheory.collectionKey)
                    .where("id", .equal, current.description).first(decoding: ProgrammeTheory.self)
            else { break }
            if steps == 0, earlier.enablerID != theory.enablerID {
                problems.append(
                    FieldProblem(
                        field: "revises_id",
                        message: "\"\(earlier.displayTitle)\" is a theory of another enabler; a version revises one "
                            + "of the same enabler."))
            }
            next = earlier.revisesID
            steps += 1
        }
        return problems
    }

    func insert(_ item: Entity, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: name).model(item, with: encoder).run()
    }

    func update(_ item: Entity, on sql: any SQLDatabase) async throws {
        try await sql.update(name).set(model: item, with: encoder).where("id", .equal, item.id.description).run()
    }

    func exists(_ id: Entity.ID, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from(name).where("id", .equal, id.description).first() != nil
    }

    func delete(_ id: Entity.ID, on sql: any SQLDatabase) async throws {
        try await removeFromLists(id, on: sql)
        try await sql.delete(from: name).where("id", .equal, id.description).run()
    }

    /// How many items of any kind refer to `id` (single references and lists alike).
    func referenceCount(to id: Entity.ID, on sql: any SQLDatabase) async throws -> Int {
        var total = 0
        for (kind, field) in Entity.kind.incomingReferences {
            let condition: (SQLSelectBuilder) -> SQLSelectBuilder = { builder in
                if case .references = field.type {
                    builder.where(SQLColumn(field.key), .like, SQLBind("%\"\(id)\"%"))
                } else {
                    builder.where(SQLColumn(field.key), .equal, SQLBind(id.description))
                }
            }
            total +=
                try await condition(sql.select().column(SQLRaw("COUNT(*)"), as: "n").from(kind.collectionKey))
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
        if Entity.kind == .place {
            // A place's maturity surveys go with it (ON DELETE CASCADE), so they count as work that refers to it.
            total +=
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("maturity_surveys")
                .where("place_id", .equal, id.description).first(decodingColumn: "n", as: Int.self) ?? 0
            // So do its network survey waves, with every member's answers.
            total +=
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("network_waves")
                .where("place_id", .equal, id.description).first(decodingColumn: "n", as: Int.self) ?? 0
        }
        if Entity.kind == .enabler {
            // Maturity answers about an enabler are deleted with it, so they count as work that refers to it.
            total +=
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("maturity_answers")
                .where("enabler_id", .equal, id.description).first(decodingColumn: "n", as: Int.self) ?? 0
        }
        return total
    }

    /// Lists of IDs (a story's organisations) have no foreign key to clear them, so a deleted item is taken
    /// out of them here, in the same transaction as the delete.
    private func removeFromLists(_ id: Entity.ID, on sql: any SQLDatabase) async throws {
        for (kind, field) in Entity.kind.incomingReferences {
            guard case .references = field.type else { continue }
            let rows = try await sql.select().columns("id", field.key).from(kind.collectionKey)
                .where(SQLColumn(field.key), .like, SQLBind("%\"\(id)\"%")).all()
            for row in rows {
                let owner = try row.decode(column: "id", as: String.self)
                let remaining = try row.decode(column: field.key, as: [String].self).filter { $0 != id.description }
                try await sql.update(kind.collectionKey).set(SQLColumn(field.key), to: SQLBind(remaining))
                    .where("id", .equal, owner).run()
            }
        }
    }

    func deleteAll(on sql: any SQLDatabase) async throws {
        try await sql.delete(from: name).run()
    }
}

extension EntityKind {
    /// Whether the kind's table has a `slug` column.
    var hasSlug: Bool {
        ![
            .milestone, .testimony, .clip, .reportSection, .indicator, .indicatorFigure, .countsExample,
            .theoryEvidence, .document,
        ]
        .contains(self)
    }
}
