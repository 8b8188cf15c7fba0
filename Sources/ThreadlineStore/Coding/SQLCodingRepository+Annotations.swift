import Foundation
import SQLKit
public import ThreadlineCore

extension SQLCodingRepository {
    private struct AnnotationRow: Codable {
        var id: String
        var sourceKind: String
        var sourceID: String
        var coderID: String
        var start: Int
        var end: Int
        var excerpt: String
        var note: String
        var createdAt: Double

        enum CodingKeys: String, CodingKey {
            case id, excerpt, note
            case sourceKind = "source_kind"
            case sourceID = "source_id"
            case coderID = "coder_id"
            case start = "start_offset"
            case end = "end_offset"
            case createdAt = "created_at"
        }

        var annotation: Annotation? {
            guard let id = Annotation.ID(id), let kind = EntityKind(rawValue: sourceKind),
                let uuid = UUID(uuidString: sourceID), let source = CodingSource(kind: kind, id: uuid),
                let coder = Coder.ID(coderID)
            else { return nil }
            return Annotation(
                id: id, source: source, coderID: coder, start: start, end: end, excerpt: excerpt, note: note,
                createdAt: Date(timeIntervalSince1970: createdAt))
        }
    }

    public func annotations(of source: CodingSource) async throws -> [Annotation] {
        try await database.read { sql in
            try await sql.select().column("*").from("annotations")
                .where("source_kind", .equal, source.kind.rawValue).where("source_id", .equal, source.idText)
                .orderBy("start_offset").orderBy("id").all(decoding: AnnotationRow.self).compactMap(\.annotation)
        }
    }

    public func annotation(_ id: Annotation.ID) async throws -> Annotation? {
        try await database.read { sql in
            try await sql.select().column("*").from("annotations").where("id", .equal, id.description)
                .first(decoding: AnnotationRow.self)?.annotation
        }
    }

    public func add(_ annotation: Annotation) async throws -> Annotation {
        try await database.write { sql in
            guard let text = try await Self.codableText(of: annotation.source, on: sql) else {
                throw StoreError.conflict([
                    FieldProblem(field: "source", message: "The source \(annotation.source) does not exist.")
                ])
            }
            var problems = annotation.problems()
            if let problem = text.problem(start: annotation.start, end: annotation.end) { problems.append(problem) }
            guard problems.isEmpty else { throw StoreError.conflict(problems) }
            var stored = annotation
            stored.excerpt = text.excerpt(start: annotation.start, end: annotation.end) ?? ""
            try await sql.insert(into: "annotations")
                .columns(
                    "id", "source_kind", "source_id", "coder_id", "start_offset", "end_offset", "excerpt", "note",
                    "created_at"
                )
                .values(
                    SQLBind(stored.id.description), SQLBind(stored.source.kind.rawValue),
                    SQLBind(stored.source.idText), SQLBind(stored.coderID.description), SQLBind(stored.start),
                    SQLBind(stored.end), SQLBind(stored.excerpt), SQLBind(stored.note),
                    SQLBind(stored.createdAt.timeIntervalSince1970)
                ).run()
            try await AuditLog.record(
                .created, kind: "annotation", id: stored.id.description,
                summary: "Wrote a note on a passage of \(stored.source.kind.singularName) \(stored.source.idText).",
                on: sql)
            return stored
        }
    }

    public func deleteAnnotation(_ id: Annotation.ID) async throws {
        try await database.write { sql in
            try await sql.delete(from: "annotations").where("id", .equal, id.description).run()
            try await AuditLog.record(
                .deleted, kind: "annotation", id: id.description, summary: "Removed a note.", on: sql)
        }
    }
}
