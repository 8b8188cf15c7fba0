import Foundation
import SQLKit
public import ThreadlineCore

/// The SQL implementation of `TranscriptRepository`.
public struct SQLTranscriptRepository: TranscriptRepository {
    private let database: Database
    /// Rows per INSERT: large enough to make big transcripts quick, small enough for any engine's bind limit.
    private static let batchSize = 500

    /// Creates the repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    public func cues(of testimony: Testimony.ID) async throws -> [TranscriptCue] {
        try await database.read { sql in
            try await sql.select().columns("start_ms", "end_ms", "speaker", "text").from("transcript_cues")
                .where("testimony_id", .equal, testimony.description).orderBy("position")
                .all(decoding: TranscriptCue.self)
        }
    }

    public func replace(cues: [TranscriptCue], of testimony: Testimony.ID, durationFromTranscript: Bool) async throws {
        try await database.write { sql in
            guard let row = try await Self.durationRow(of: testimony, on: sql) else {
                throw StoreError.notFound("The testimony \(testimony)")
            }
            if durationFromTranscript, row.source != "file", row.source != "manual", let last = cues.map(\.endMs).max()
            {
                try await sql.update("testimonies").set("duration_ms", to: last).set(
                    "duration_source", to: "transcript"
                )
                .where("id", .equal, testimony.description).run()
            }
            let previous =
                try await sql.select().column(SQLRaw("COUNT(*)"), as: "n").from("transcript_cues")
                .where("testimony_id", .equal, testimony.description).first(decodingColumn: "n", as: Int.self) ?? 0
            try await Self.insertCues(cues, of: testimony, on: sql)
            if let stored = try await ContentTable<Testimony>().get(testimony, on: sql) {
                try await SearchIndex.refreshTestimony(stored, cues: cues, on: sql)
            }
            // The cues' count, not their text: a transcript is long, and its words are in the testimony's history.
            try await AuditLog.record(
                .updated, kind: EntityKind.testimony.rawValue, id: testimony.description,
                summary: "Replaced the transcript of a testimony (\(cues.count) cues).",
                changes: [
                    AuditChange(
                        field: "transcript_cues", from: .number(Double(previous)), to: .number(Double(cues.count)))
                ], on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    /// Deletes a testimony's cues and writes `cues` in their place; for use inside a transaction.
    static func insertCues(_ cues: [TranscriptCue], of testimony: Testimony.ID, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "transcript_cues").where("testimony_id", .equal, testimony.description).run()
        var position = 0
        for start in stride(from: 0, to: cues.count, by: batchSize) {
            let insert = sql.insert(into: "transcript_cues")
                .columns("testimony_id", "position", "start_ms", "end_ms", "speaker", "text")
            for cue in cues[start..<min(start + batchSize, cues.count)] {
                insert.values(
                    SQLBind(testimony.description), SQLBind(position), SQLBind(cue.startMs), SQLBind(cue.endMs),
                    SQLBind(cue.speaker), SQLBind(cue.text))
                position += 1
            }
            try await insert.run()
        }
    }

    public func attachRecording(_ recording: StoredRecording, to testimony: Testimony.ID, fileName: String?)
        async throws
    {
        try await database.write { sql in
            guard try await Self.durationRow(of: testimony, on: sql) != nil else {
                throw StoreError.notFound("The testimony \(testimony)")
            }
            let known = try await sql.select().column("sha256").from("media_files")
                .where("sha256", .equal, recording.sha256).first()
            if known == nil {
                try await sql.insert(into: "media_files")
                    .columns("sha256", "media_type", "bytes", "duration_ms", "created_at")
                    .values(
                        SQLBind(recording.sha256), SQLBind(recording.mediaType), SQLBind(recording.bytes),
                        SQLBind(recording.durationMs), SQLBind(Date().timeIntervalSince1970)
                    )
                    .run()
            }
            let update = sql.update("testimonies")
                .set("media_sha256", to: recording.sha256).set("media_type", to: recording.mediaType)
                .set("media_bytes", to: recording.bytes).set("media_name", to: fileName)
            if let duration = recording.durationMs {
                update.set("duration_ms", to: duration).set("duration_source", to: "file")
            }
            try await update.where("id", .equal, testimony.description).run()
            try await AuditLog.record(
                .updated, kind: EntityKind.testimony.rawValue, id: testimony.description,
                summary: "Attached a recording to a testimony (\(recording.mediaType), \(recording.bytes) bytes).",
                changes: [AuditChange(field: "media_sha256", from: nil, to: .string(recording.sha256))], on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    public func safeSpeakerLabels(of testimony: Testimony.ID) async throws -> [String] {
        try await database.read { sql in
            try await sql.select().column("label").from("transcript_safe_labels")
                .where("testimony_id", .equal, testimony.description).orderBy("position")
                .all(decodingColumn: "label", as: String.self)
        }
    }

    public func setSafeSpeakerLabels(_ labels: [String], of testimony: Testimony.ID) async throws {
        var distinct: [String] = []
        for label in labels.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !label.isEmpty {
            if !distinct.contains(label) { distinct.append(label) }
        }
        let kept = distinct
        try await database.write { sql in
            guard try await Self.durationRow(of: testimony, on: sql) != nil else {
                throw StoreError.notFound("The testimony \(testimony)")
            }
            let previous = try await sql.select().column("label").from("transcript_safe_labels")
                .where("testimony_id", .equal, testimony.description).orderBy("position")
                .all(decodingColumn: "label", as: String.self)
            guard previous != kept else { return }
            try await sql.delete(from: "transcript_safe_labels").where("testimony_id", .equal, testimony.description)
                .run()
            if !kept.isEmpty {
                let insert = sql.insert(into: "transcript_safe_labels").columns("testimony_id", "position", "label")
                for (position, label) in kept.enumerated() {
                    insert.values(SQLBind(testimony.description), SQLBind(position), SQLBind(label))
                }
                try await insert.run()
            }
            try await AuditLog.record(
                .consentChanged, kind: EntityKind.testimony.rawValue, id: testimony.description,
                summary: "Changed which speaker labels the public may see under anonymised consent.",
                changes: [
                    AuditChange(
                        field: "safe_speaker_labels", from: .array(previous.map(JSONValue.string)),
                        to: .array(kept.map(JSONValue.string)))
                ], on: sql)
            try await ContentVersion.bump(on: sql)
        }
        database.noteContentChange()
    }

    public func testimonies(usingRecording sha256: String) async throws -> [Testimony.ID] {
        try await database.read { sql in
            try await sql.select().column("id").from("testimonies").where("media_sha256", .equal, sha256)
                .all(decodingColumn: "id", as: String.self).compactMap(Testimony.ID.init)
        }
    }

    private struct DurationRow: Decodable {
        var durationMs: Int?
        var source: String?

        enum CodingKeys: String, CodingKey {
            case durationMs = "duration_ms"
            case source = "duration_source"
        }
    }

    private static func durationRow(of testimony: Testimony.ID, on sql: any SQLDatabase) async throws
        -> DurationRow?
    {
        try await sql.select().columns("duration_ms", "duration_source").from("testimonies")
            .where("id", .equal, testimony.description).first(decoding: DurationRow.self)
    }
}
