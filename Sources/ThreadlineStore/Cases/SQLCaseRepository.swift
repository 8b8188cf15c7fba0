import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `CaseRepository`.
public struct SQLCaseRepository: CaseRepository {
    let database: Database

    /// Creates the repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    // MARK: Attributes

    public func attributes() async throws -> [CaseAttribute] {
        try await database.read { sql in try await Self.allAttributes(on: sql) }
    }

    public func save(_ attribute: CaseAttribute) async throws {
        try ValidationError.check(attribute.problems())
        try await database.write { sql in
            var attribute = attribute
            attribute.name = attribute.name.trimmingCharacters(in: .whitespacesAndNewlines)
            let existing = try await Self.allAttributes(on: sql)
            if existing.contains(where: { $0.id != attribute.id && $0.name.lowercased() == attribute.name.lowercased() }
            ) {
                throw StoreError.conflict([
                    FieldProblem(field: "name", message: "An attribute is already called \"\(attribute.name)\".")
                ])
            }
            let stored = existing.first { $0.id == attribute.id }
            if stored != nil {
                try await Self.checkValuesStillFit(attribute, on: sql)
                try await sql.update("case_attributes").set("name", to: SQLBind(attribute.name))
                    .set("name_key", to: SQLBind(attribute.name.lowercased()))
                    .set("kind", to: SQLBind(attribute.kind.rawValue))
                    .set("choices", to: SQLBind(try Self.choicesText(attribute.choices)))
                    .where("id", .equal, attribute.id.description).run()
            } else {
                try await Self.insert(attribute, position: existing.count, on: sql)
            }
            try await AuditLog.record(
                stored == nil ? .created : .updated, kind: "case_attribute", id: attribute.id.description,
                summary: "\(stored == nil ? "Defined" : "Changed") the case attribute “\(attribute.name)”.", on: sql)
        }
    }

    public func deleteAttribute(_ id: CaseAttribute.ID) async throws {
        try await database.write { sql in
            guard let stored = try await Self.allAttributes(on: sql).first(where: { $0.id == id }) else {
                throw StoreError.notFound("The attribute \(id)")
            }
            try await sql.delete(from: "case_values").where("attribute_id", .equal, id.description).run()
            try await sql.delete(from: "case_attributes").where("id", .equal, id.description).run()
            try await AuditLog.record(
                .deleted, kind: "case_attribute", id: id.description,
                summary: "Removed the case attribute “\(stored.name)” and its values.", on: sql)
        }
    }

    // MARK: Cases

    public func cases() async throws -> [ResearchCase] {
        try await database.read { sql in try await Self.allCases(on: sql) }
    }

    public func researchCase(_ id: ResearchCase.ID) async throws -> ResearchCase? {
        try await database.read { sql in try await Self.allCases(on: sql, id: id).first }
    }

    public func save(_ researchCase: ResearchCase) async throws {
        try await database.write { sql in
            var item = researchCase
            item.name = item.name.trimmingCharacters(in: .whitespacesAndNewlines)
            try ValidationError.check(item.problems(attributes: try await Self.allAttributes(on: sql)))
            let stored = try await Self.allCases(on: sql, id: item.id).first
            try await Self.write([item], replacing: stored == nil ? [] : [item.id], on: sql)
            try await AuditLog.record(
                stored == nil ? .created : .updated, kind: "case", id: item.id.description,
                summary: "\(stored == nil ? "Added" : "Updated") the case “\(item.name)”.", on: sql)
        }
    }

    public func create(_ researchCase: ResearchCase, memberships: [CaseMembership]) async throws {
        try await database.write { sql in
            var item = researchCase
            item.name = item.name.trimmingCharacters(in: .whitespacesAndNewlines)
            try ValidationError.check(item.problems(attributes: try await Self.allAttributes(on: sql)))
            guard memberships.allSatisfy({ $0.caseID == item.id }) else {
                throw ValidationError([FieldProblem(field: "sources", message: "A source names another case.")])
            }
            try await Self.write([item], replacing: [], on: sql)
            try await Self.insert(memberships, on: sql)
            try await AuditLog.record(
                .created, kind: "case", id: item.id.description,
                summary: "Added the case “\(item.name)” with \(memberships.count) sources.", on: sql)
        }
    }

    public func deleteCase(_ id: ResearchCase.ID) async throws {
        try await database.write { sql in
            guard let stored = try await Self.allCases(on: sql, id: id).first else {
                throw StoreError.notFound("The case \(id)")
            }
            try await sql.delete(from: "case_sources").where("case_id", .equal, id.description).run()
            try await sql.delete(from: "case_values").where("case_id", .equal, id.description).run()
            try await sql.delete(from: "cases").where("id", .equal, id.description).run()
            try await AuditLog.record(
                .deleted, kind: "case", id: id.description,
                summary: "Removed the case “\(stored.name)” (its sources stay).", on: sql)
        }
    }

    public func apply(_ plan: AttributeSheetPlan) async throws {
        guard plan.problems.isEmpty else {
            throw ValidationError(
                plan.problems.map { FieldProblem(field: "line \($0.line)", message: $0.description) })
        }
        try await database.write { sql in
            let attributes = try await Self.allAttributes(on: sql)
            var problems: [FieldProblem] = []
            for item in plan.creations + plan.updates {
                problems += item.problems(attributes: attributes)
            }
            try ValidationError.check(problems)
            try await Self.write(plan.creations + plan.updates, replacing: plan.updates.map(\.id), on: sql)
            try await AuditLog.record(
                .updated, kind: "case", id: "",
                summary:
                    "Read an attribute sheet: \(plan.creations.count) new cases, \(plan.updates.count) updated.",
                on: sql)
        }
    }

    // MARK: Memberships

    public func memberships() async throws -> [CaseMembership] {
        try await database.read { sql in
            try await sql.select().column("*").from("case_sources").orderBy("created_at").orderBy("id")
                .all(decoding: MembershipRow.self).compactMap(\.membership)
        }
    }

    public func memberships(case id: ResearchCase.ID) async throws -> [CaseMembership] {
        try await database.read { sql in
            try await sql.select().column("*").from("case_sources").where("case_id", .equal, id.description)
                .orderBy("created_at").orderBy("id").all(decoding: MembershipRow.self).compactMap(\.membership)
        }
    }

    public func memberships(of source: CodingSource) async throws -> [CaseMembership] {
        try await database.read { sql in
            try await sql.select().column("*").from("case_sources")
                .where("source_kind", .equal, source.kind.rawValue).where("source_id", .equal, source.idText)
                .orderBy("created_at").orderBy("id").all(decoding: MembershipRow.self).compactMap(\.membership)
        }
    }

    public func add(_ membership: CaseMembership) async throws {
        try await database.write { sql in
            try await Self.insert([membership], on: sql)
            try await AuditLog.record(
                .created, kind: "case_membership", id: membership.id.description,
                summary: "Added \(membership.source.kind.singularName) \(membership.source.idText) to a case.",
                on: sql)
        }
    }

    public func deleteMembership(_ id: CaseMembership.ID) async throws {
        try await database.write { sql in
            try await sql.delete(from: "case_sources").where("id", .equal, id.description).run()
            try await AuditLog.record(
                .deleted, kind: "case_membership", id: id.description, summary: "Took a source out of a case.",
                on: sql)
        }
    }
}
