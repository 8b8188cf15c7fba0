import Foundation
import ThreadlineCore

/// A `codes` row: the code with its dates as seconds since 1970, as every table stores them.
struct CodeRow: Codable, Sendable {
    static let columns = [
        "id", "parent_id", "name", "description", "colour", "enabler_id", "memo", "position", "created_at",
        "updated_at",
    ]
    var id: String
    var parent_id: String?
    var name: String
    var description: String
    var colour: String
    var enabler_id: String?
    var memo: String
    var position: Int
    var created_at: Double
    var updated_at: Double

    init(_ code: Code) {
        id = code.id.description
        parent_id = code.parentID?.description
        name = code.name.trimmingCharacters(in: .whitespacesAndNewlines)
        description = code.description
        colour = code.colour.lowercased()
        enabler_id = code.enablerID?.description
        memo = code.memo
        position = code.position
        created_at = code.createdAt.timeIntervalSince1970
        updated_at = code.updatedAt.timeIntervalSince1970
    }

    var code: Code {
        Code(
            id: Code.ID(id) ?? Code.ID(UUID()), parentID: parent_id.flatMap(Code.ID.init), name: name,
            description: description, colour: colour, enablerID: enabler_id.flatMap(Enabler.ID.init), memo: memo,
            position: position, createdAt: Date(timeIntervalSince1970: created_at),
            updatedAt: Date(timeIntervalSince1970: updated_at))
    }
}

/// A `coders` row.
struct CoderRow: Codable, Sendable {
    var id: String
    var name: String
    var user_id: String?

    init(_ coder: Coder) {
        id = coder.id.description
        name = coder.name
        user_id = coder.userID?.description
    }

    var coder: Coder {
        Coder(id: Coder.ID(id) ?? Coder.ID(UUID()), name: name, userID: user_id.flatMap(User.ID.init))
    }
}

/// A `codings` row.
struct CodingRow: Codable, Sendable {
    static let columns = [
        "id", "code_id", "source_kind", "source_id", "coder_id", "start_offset", "end_offset", "start_ms", "end_ms",
        "excerpt", "memo", "created_at",
    ]
    var id: String
    var code_id: String
    var source_kind: String
    var source_id: String
    var coder_id: String
    var start_offset: Int
    var end_offset: Int
    var start_ms: Int?
    var end_ms: Int?
    var excerpt: String
    var memo: String
    var created_at: Double

    init(_ coding: Coding) {
        id = coding.id.description
        code_id = coding.codeID.description
        source_kind = coding.source.kind.rawValue
        source_id = coding.source.idText
        coder_id = coding.coderID.description
        start_offset = coding.start
        end_offset = coding.end
        start_ms = coding.startMs
        end_ms = coding.endMs
        excerpt = coding.excerpt
        memo = coding.memo
        created_at = coding.createdAt.timeIntervalSince1970
    }

    /// The coding; `nil` for a row no version of Threadline writes (an unknown kind or a broken ID).
    var coding: Coding? {
        guard let id = Coding.ID(id), let code = Code.ID(code_id), let coder = Coder.ID(coder_id),
            let kind = EntityKind(rawValue: source_kind), let uuid = UUID(uuidString: source_id),
            let source = CodingSource(kind: kind, id: uuid)
        else { return nil }
        return Coding(
            id: id, codeID: code, source: source, coderID: coder, start: start_offset, end: end_offset,
            startMs: start_ms, endMs: end_ms, excerpt: excerpt, memo: memo,
            createdAt: Date(timeIntervalSince1970: created_at))
    }
}
