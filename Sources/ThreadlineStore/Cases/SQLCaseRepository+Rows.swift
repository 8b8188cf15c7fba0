import Foundation
import SQLKit
import ThreadlineCore

extension SQLCaseRepository {
    struct AttributeRow: Codable {
        var id: String
        var name: String
        var kind: String
        var choices: String
        var position: Int
        var createdAt: Double

        enum CodingKeys: String, CodingKey {
            case id, name, kind, choices, position
            case createdAt = "created_at"
        }

        var attribute: CaseAttribute? {
            guard let id = CaseAttribute.ID(id), let kind = AttributeKind(rawValue: kind) else { return nil }
            let list = (try? JSONDecoder().decode([String].self, from: Data(choices.utf8))) ?? []
            return CaseAttribute(
                id: id, name: name, kind: kind, choices: list, position: position,
                createdAt: Date(timeIntervalSince1970: createdAt))
        }
    }

    struct CaseRow: Codable {
        var id: String
        var name: String
        var kind: String
        var description: String
        var createdAt: Double
        var updatedAt: Double

        enum CodingKeys: String, CodingKey {
            case id, name, kind, description
            case createdAt = "created_at"
            case updatedAt = "updated_at"
        }
    }

    struct ValueRow: Codable {
        var caseID: String
        var attributeID: String
        var value: String

        enum CodingKeys: String, CodingKey {
            case value
            case caseID = "case_id"
            case attributeID = "attribute_id"
        }
    }

    struct MembershipRow: Codable {
        var id: String
        var caseID: String
        var sourceKind: String
        var sourceID: String
        var start: Int?
        var end: Int?
        var createdAt: Double

        enum CodingKeys: String, CodingKey {
            case id
            case caseID = "case_id"
            case sourceKind = "source_kind"
            case sourceID = "source_id"
            case start = "start_offset"
            case end = "end_offset"
            case createdAt = "created_at"
        }

        var membership: CaseMembership? {
            guard let id = CaseMembership.ID(id), let caseID = ResearchCase.ID(caseID),
                let kind = EntityKind(rawValue: sourceKind), let uuid = UUID(uuidString: sourceID),
                let source = CodingSource(kind: kind, id: uuid)
            else { return nil }
            let range = start.flatMap { start in end.map { start..<max($0, start) } }
            return CaseMembership(
                id: id, caseID: caseID, source: source, range: range,
                createdAt: Date(timeIntervalSince1970: createdAt))
        }
    }

    static func allAttributes(on sql: any SQLDatabase) async throws -> [CaseAttribute] {
        try await sql.select().column("*").from("case_attributes").orderBy("position").orderBy("name_key")
            .all(decoding: AttributeRow.self).compactMap(\.attribute)
    }

    /// Every case (or the one with `id`) with its values, by name.
    static func allCases(on sql: any SQLDatabase, id: ResearchCase.ID? = nil) async throws -> [ResearchCase] {
        var query = sql.select().column("*").from("cases")
        var values = sql.select().column("*").from("case_values")
        if let id {
            query = query.where("id", .equal, id.description)
            values = values.where("case_id", .equal, id.description)
        }
        var byCase: [String: [CaseAttribute.ID: String]] = [:]
        for row in try await values.all(decoding: ValueRow.self) {
            guard let attribute = CaseAttribute.ID(row.attributeID) else { continue }
            byCase[row.caseID, default: [:]][attribute] = row.value
        }
        return try await query.orderBy("name_key").all(decoding: CaseRow.self).compactMap { row in
            guard let id = ResearchCase.ID(row.id) else { return nil }
            return ResearchCase(
                id: id, name: row.name, kind: CaseKind(rawValue: row.kind) ?? .other, description: row.description,
                values: byCase[row.id] ?? [:], createdAt: Date(timeIntervalSince1970: row.createdAt),
                updatedAt: Date(timeIntervalSince1970: row.updatedAt))
        }
    }

    static func choicesText(_ choices: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(choices), as: UTF8.self)
    }

    static func insert(_ attribute: CaseAttribute, position: Int, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "case_attributes")
            .columns("id", "name", "name_key", "kind", "choices", "position", "created_at")
            .values(
                SQLBind(attribute.id.description), SQLBind(attribute.name), SQLBind(attribute.name.lowercased()),
                SQLBind(attribute.kind.rawValue), SQLBind(try choicesText(attribute.choices)), SQLBind(position),
                SQLBind(attribute.createdAt.timeIntervalSince1970)
            ).run()
    }

    /// Refuses a change to `attribute` that values already stored would not fit, naming some of the cases.
    static func checkValuesStillFit(_ attribute: CaseAttribute, on sql: any SQLDatabase) async throws {
        let rows = try await sql.select().column("*").from("case_values")
            .where("attribute_id", .equal, attribute.id.description).all(decoding: ValueRow.self)
        var misfits: [String] = []
        for row in rows {
            if case .value(let stored) = attribute.value(from: row.value), stored == row.value { continue }
            misfits.append(row.caseID)
        }
        guard !misfits.isEmpty else { return }
        let names = try await sql.select().column("name").from("cases").where("id", .in, misfits.prefix(5).map { $0 })
            .all(decoding: [String: String].self).compactMap { $0["name"] }.sorted()
        throw StoreError.conflict([
            FieldProblem(
                field: attribute.kind == .list ? "choices" : "kind",
                message: "\(misfits.count) "
                    + (misfits.count == 1 ? "case has a value" : "cases have values")
                    + " of “\(attribute.name)” that would no longer fit (\(names.joined(separator: ", "))"
                    + (misfits.count > names.count ? ", …" : "") + "). Change those values first.")
        ])
    }

    /// Writes cases and their values; the cases in `replacing` exist and are updated, the others are inserted.
    /// Names must stay unique whatever their letter case.
    static func write(_ items: [ResearchCase], replacing: [ResearchCase.ID], on sql: any SQLDatabase) async throws {
        let updated = Set(replacing)
        let taken = try await sql.select().column("id").column("name_key").from("cases")
            .all(decoding: [String: String].self)
        var owner: [String: String] = [:]
        for row in taken { if let key = row["name_key"], let id = row["id"] { owner[key] = id } }
        var problems: [FieldProblem] = []
        for item in items {
            let key = item.name.lowercased()
            if let other = owner[key], other != item.id.description {
                problems.append(FieldProblem(field: "name", message: "A case is already called \"\(item.name)\"."))
            }
            owner[key] = item.id.description
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
        for item in items {
            if updated.contains(item.id) {
                try await sql.update("cases").set("name", to: SQLBind(item.name))
                    .set("name_key", to: SQLBind(item.name.lowercased())).set("kind", to: SQLBind(item.kind.rawValue))
                    .set("description", to: SQLBind(item.description))
                    .set("updated_at", to: SQLBind(item.updatedAt.timeIntervalSince1970))
                    .where("id", .equal, item.id.description).run()
                try await sql.delete(from: "case_values").where("case_id", .equal, item.id.description).run()
            } else {
                try await sql.insert(into: "cases")
                    .columns("id", "name", "name_key", "kind", "description", "created_at", "updated_at")
                    .values(
                        SQLBind(item.id.description), SQLBind(item.name), SQLBind(item.name.lowercased()),
                        SQLBind(item.kind.rawValue), SQLBind(item.description),
                        SQLBind(item.createdAt.timeIntervalSince1970), SQLBind(item.updatedAt.timeIntervalSince1970)
                    ).run()
            }
            for (attribute, value) in item.values.sorted(by: { $0.key.description < $1.key.description }) {
                try await sql.insert(into: "case_values").columns("case_id", "attribute_id", "value")
                    .values(SQLBind(item.id.description), SQLBind(attribute.description), SQLBind(value)).run()
            }
        }
    }

    /// Inserts memberships after checking each: its case exists, its source exists, its stretch lies inside the
    /// source's text, and the same case does not already hold the same stretch.
    static func insert(_ memberships: [CaseMembership], on sql: any SQLDatabase) async throws {
        var problems: [FieldProblem] = []
        var texts: [CodingSource: CodableText?] = [:]
        var known = Set(
            try await sql.select().column("*").from("case_sources").all(decoding: MembershipRow.self)
                .compactMap(\.membership).map { "\($0.caseID)|\($0.source.key)|\(String(describing: $0.range))" })
        let caseIDs = Set(
            try await sql.select().column("id").from("cases").all(decoding: [String: String].self).compactMap {
                $0["id"]
            })
        for (index, membership) in memberships.enumerated() {
            let path = memberships.count == 1 ? "" : "sources[\(index)]."
            guard caseIDs.contains(membership.caseID.description) else {
                problems.append(
                    FieldProblem(field: path + "case_id", message: "The case \(membership.caseID) does not exist."))
                continue
            }
            if texts[membership.source] == nil {
                texts[membership.source] = .some(
                    try await SQLCodingRepository.codableText(of: membership.source, on: sql))
            }
            guard let text = texts[membership.source] ?? nil else {
                problems.append(
                    FieldProblem(field: path + "source", message: "The source \(membership.source) does not exist."))
                continue
            }
            if let range = membership.range,
                let problem = text.problem(start: range.lowerBound, end: range.upperBound)
            {
                problems.append(problem.prefixed(by: String(path.dropLast())))
                continue
            }
            let key = "\(membership.caseID)|\(membership.source.key)|\(String(describing: membership.range))"
            guard known.insert(key).inserted else {
                problems.append(
                    FieldProblem(
                        field: path + "source",
                        message: membership.range == nil
                            ? "The source already belongs to this case."
                            : "That stretch of the source already belongs to this case."))
                continue
            }
        }
        try ValidationError.check(problems)
        for membership in memberships {
            try await sql.insert(into: "case_sources")
                .columns("id", "case_id", "source_kind", "source_id", "start_offset", "end_offset", "created_at")
                .values(
                    SQLBind(membership.id.description), SQLBind(membership.caseID.description),
                    SQLBind(membership.source.kind.rawValue), SQLBind(membership.source.idText),
                    SQLBind(membership.range?.lowerBound), SQLBind(membership.range?.upperBound),
                    SQLBind(membership.createdAt.timeIntervalSince1970)
                ).run()
        }
    }
}
