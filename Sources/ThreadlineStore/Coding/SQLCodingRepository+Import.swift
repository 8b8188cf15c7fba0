import Foundation
import SQLKit
public import ThreadlineCore

extension SQLCodingRepository {
    public func importProject(_ plan: CodingImport) async throws -> CodingImportResult {
        let result = try await database.write { sql in
            let result = try await Self.write(plan, on: sql)
            // One event for the whole project, with counts: a REFI-QDA file can carry thousands of codings.
            let counts = result.added.keys.sorted().map { "\(result.added[$0] ?? 0) \($0)" }
            try await AuditLog.record(
                .imported, kind: "coding_project", id: "refi-qda",
                summary: "Imported a coding project"
                    + (counts.isEmpty ? " that added nothing new." : ": " + counts.joined(separator: ", ") + "."),
                changes: result.added.keys.sorted().map {
                    AuditChange(field: $0, from: nil, to: .number(Double(result.added[$0] ?? 0)))
                }, on: sql)
            return result
        }
        database.noteContentChange()
        return result
    }

    public func relocationProblems() async throws -> [CodingRelocationProblem] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT p.coding_id, p.source_kind, p.source_id, p.reason, c.excerpt \
                FROM coding_relocation_problems p JOIN codings c ON c.id = p.coding_id \
                ORDER BY p.source_kind, p.source_id, c.start_offset
                """
            ).all()
                .compactMap { row -> CodingRelocationProblem? in
                    guard let id = Coding.ID(try row.decode(column: "coding_id", as: String.self)),
                        let kind = EntityKind(rawValue: try row.decode(column: "source_kind", as: String.self)),
                        let uuid = UUID(uuidString: try row.decode(column: "source_id", as: String.self)),
                        let source = CodingSource(kind: kind, id: uuid)
                    else { return nil }
                    return CodingRelocationProblem(
                        codingID: id, source: source, excerpt: try row.decode(column: "excerpt", as: String.self),
                        reason: try row.decode(column: "reason", as: String.self))
                }
        }
    }

    public func sourceFiles() async throws -> [SourceFile] {
        try await database.read { sql in
            try await sql.select().columns("source_kind", "source_id", "name", "sha256", "bytes").from("source_files")
                .orderBy("source_kind").orderBy("source_id").all().compactMap { row in
                    guard let kind = EntityKind(rawValue: try row.decode(column: "source_kind", as: String.self)),
                        let id = UUID(uuidString: try row.decode(column: "source_id", as: String.self)),
                        let source = CodingSource(kind: kind, id: id)
                    else { return nil }
                    return SourceFile(
                        source: source, name: try row.decode(column: "name", as: String.self),
                        sha256: try row.decode(column: "sha256", as: String.self),
                        bytes: try row.decode(column: "bytes", as: Int.self))
                }
        }
    }

    private static func exists(_ table: String, _ id: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.select().column("id").from(table).where("id", .equal, id).first() != nil
    }

    private static func write(_ plan: CodingImport, on sql: any SQLDatabase) async throws -> CodingImportResult {
        var result = CodingImportResult()
        func count(_ what: String, added: Bool) {
            if added { result.added[what, default: 0] += 1 } else { result.alreadyStored[what, default: 0] += 1 }
        }
        for coder in plan.coders {
            let known = try await exists("coders", coder.id.description, on: sql)
            if !known { try await sql.insert(into: "coders").model(CoderRow(coder), nilEncodingStrategy: .asNil).run() }
            count("users", added: !known)
        }
        func insert<E: ContentEntity>(_ items: [E], as what: String, refresh: Bool = true) async throws -> Set<E.ID> {
            let table = ContentTable<E>()
            var added: Set<E.ID> = []
            for (index, item) in items.enumerated() {
                if try await table.exists(item.id, on: sql) {
                    count(what, added: false)
                    continue
                }
                let problems = try await table.conflicts(for: item, on: sql)
                guard problems.isEmpty else {
                    throw StoreError.conflict(problems.map { $0.prefixed(by: "\(what)[\(index)]") })
                }
                try await table.insert(item, on: sql)
                if refresh { try await SearchIndex.refresh(item, on: sql) }
                added.insert(item.id)
                count(what, added: true)
            }
            return added
        }
        _ = try await insert(plan.places, as: "places")
        for (index, code) in plan.codes.enumerated() {
            if try await exists("codes", code.id.description, on: sql) {
                count("codes", added: false)
                continue
            }
            do {
                try await check(code, on: sql)
            } catch StoreError.conflict(let problems) {
                throw StoreError.conflict(problems.map { $0.prefixed(by: "codes[\(index)]") })
            }
            try await sql.insert(into: "codes").model(CodeRow(code), nilEncodingStrategy: .asNil).run()
            count("codes", added: true)
        }
        _ = try await insert(plan.stories, as: "sources")
        _ = try await insert(plan.caseStudies, as: "case studies")
        _ = try await insert(plan.reflectiveLogs, as: "reflective logs")
        _ = try await insert(plan.documents, as: "sources")
        var testimonies: [Testimony] = []
        for var testimony in plan.testimonies {
            if let (recording, name) = plan.recordings[testimony.id] {
                testimony.mediaSHA256 = recording.sha256
                testimony.mediaType = recording.mediaType
                testimony.mediaBytes = recording.bytes
                testimony.mediaName = name
                if let duration = recording.durationMs {
                    testimony.durationMs = duration
                    testimony.durationSource = "file"
                }
                if try await sql.select().column("sha256").from("media_files").where("sha256", .equal, recording.sha256)
                    .first() == nil
                {
                    try await sql.insert(into: "media_files")
                        .columns("sha256", "media_type", "bytes", "duration_ms", "created_at")
                        .values(
                            SQLBind(recording.sha256), SQLBind(recording.mediaType), SQLBind(recording.bytes),
                            SQLBind(recording.durationMs), SQLBind(testimony.createdAt.timeIntervalSince1970)
                        ).run()
                }
            }
            testimonies.append(testimony)
        }
        let newTestimony = try await insert(testimonies, as: "sources", refresh: false)
        for testimony in testimonies where newTestimony.contains(testimony.id) {
            let cues = plan.transcripts[testimony.id] ?? []
            try await SQLTranscriptRepository.insertCues(cues, of: testimony.id, on: sql)
            try await SearchIndex.refreshTestimony(testimony, cues: cues, on: sql)
        }
        for file in plan.sourceFiles {
            try await sql.delete(from: "source_files").where("source_kind", .equal, file.source.kind.rawValue)
                .where("source_id", .equal, file.source.idText).run()
            try await sql.insert(into: "source_files").columns("source_kind", "source_id", "name", "sha256", "bytes")
                .values(
                    SQLBind(file.source.kind.rawValue), SQLBind(file.source.idText), SQLBind(file.name),
                    SQLBind(file.sha256), SQLBind(file.bytes)
                ).run()
        }
        var known: Set<String> = []
        for chunk in plan.codings.map(\.id.description).chunked(by: batchSize) {
            known.formUnion(
                try await sql.select().column("id").from("codings").where("id", .in, Array(chunk)).all(
                    decodingColumn: "id", as: String.self))
        }
        let fresh = plan.codings.filter { !known.contains($0.id.description) }
        result.alreadyStored["codings"] = plan.codings.count - fresh.count == 0 ? nil : plan.codings.count - fresh.count
        if !fresh.isEmpty {
            _ = try await Self.insert(fresh, on: sql)
            result.added["codings"] = fresh.count
        }
        try await writeCases(plan, into: &result, on: sql)
        try await ContentVersion.bump(on: sql)
        return result
    }

    /// Writes the plan's case attributes, cases and memberships, after the sources the memberships point at, with
    /// the checks `SQLCaseRepository` makes of any write: names unique whatever their letter case, values that fit
    /// their attribute, stretches inside their source's text. A problem refuses the whole import.
    private static func writeCases(
        _ plan: CodingImport, into result: inout CodingImportResult, on sql: any SQLDatabase
    ) async throws {
        guard !plan.attributes.isEmpty || !plan.cases.isEmpty || !plan.memberships.isEmpty else { return }
        var attributes = try await SQLCaseRepository.allAttributes(on: sql)
        var problems: [FieldProblem] = []
        for attribute in plan.attributes {
            if attributes.contains(where: { $0.id == attribute.id }) {
                result.alreadyStored["case attributes", default: 0] += 1
                continue
            }
            var found = attribute.problems()
            if attributes.contains(where: { $0.name.lowercased() == attribute.name.lowercased() }) {
                found.append(
                    FieldProblem(field: "name", message: "An attribute is already called “\(attribute.name)”."))
            }
            guard found.isEmpty else {
                problems += found.map { $0.prefixed(by: "Variable “\(attribute.name)”") }
                continue
            }
            try await SQLCaseRepository.insert(attribute, position: attributes.count, on: sql)
            attributes.append(attribute)
            result.added["case attributes", default: 0] += 1
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }

        let stored = Dictionary(
            try await SQLCaseRepository.allCases(on: sql).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var writes: [ResearchCase] = []
        var replacing: [ResearchCase.ID] = []
        for var item in plan.cases {
            if var here = stored[item.id] {
                result.alreadyStored["cases", default: 0] += 1
                // A case already here keeps its values; the project only fills the attributes it has none of.
                let gained = item.values.filter { here.values[$0.key] == nil }
                guard !gained.isEmpty else { continue }
                here.values.merge(gained) { kept, _ in kept }
                here.updatedAt = item.updatedAt
                item = here
                replacing.append(item.id)
            } else {
                result.added["cases", default: 0] += 1
            }
            problems += item.problems(attributes: attributes).map { $0.prefixed(by: "Case “\(item.name)”") }
            writes.append(item)
        }
        guard problems.isEmpty else { throw StoreError.conflict(problems) }
        try await SQLCaseRepository.write(writes, replacing: replacing, on: sql)

        func key(_ membership: CaseMembership) -> String {
            "\(membership.caseID)|\(membership.source.key)|\(String(describing: membership.range))"
        }
        var held = Set(
            try await sql.select().column("*").from("case_sources")
                .all(decoding: SQLCaseRepository.MembershipRow.self).compactMap(\.membership).map(key))
        let fresh = plan.memberships.filter { held.insert(key($0)).inserted }
        let kept = plan.memberships.count - fresh.count
        if kept > 0 { result.alreadyStored["case memberships", default: 0] += kept }
        guard !fresh.isEmpty else { return }
        do {
            try await SQLCaseRepository.insert(fresh, on: sql)
        } catch let error as ValidationError {
            throw StoreError.conflict(error.problems.map { $0.prefixed(by: "Case memberships") })
        }
        result.added["case memberships", default: 0] += fresh.count
    }
}
