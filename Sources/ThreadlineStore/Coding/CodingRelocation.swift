import Foundation
import SQLKit
import ThreadlineCore
import ThreadlineMarkdown

/// Moves the codings of Markdown sources from positions in their Markdown to positions in the plain text they read
/// as, once, when the database takes schema step 17 (see `SchemaMigrations.codingsAsTheTextReads`).
///
/// A coding whose passage still holds the words it was coded on moves with `PassageRelocation`, and the words of
/// the result are checked against the old ones. A coding whose source had changed since (its words were elsewhere
/// already) is looked for by its words, rendered as plain text, choosing the place nearest where it was. One that
/// neither finds stays where it was, its quote intact, and is listed with the reason.
enum CodingRelocation {
    /// A coding as stored before the move.
    private struct Row: Decodable {
        var id: String
        var sourceID: String
        var start: Int
        var end: Int
        var excerpt: String

        enum CodingKeys: String, CodingKey {
            case id
            case sourceID = "source_id"
            case start = "start_offset"
            case end = "end_offset"
            case excerpt
        }
    }

    /// How many codings moved and how many were listed, for the tests.
    struct Outcome: Equatable {
        var moved = 0
        var listed = 0
    }

    @discardableResult
    static func run(on sql: any SQLDatabase) async throws -> Outcome {
        var outcome = Outcome()
        for kind in [EntityKind.story, .caseStudy, .reflectiveLog] {
            let rows = try await sql.select().columns("id", "source_id", "start_offset", "end_offset", "excerpt")
                .from("codings").where("source_kind", .equal, kind.rawValue).all(decoding: Row.self)
            for (sourceID, codings) in Dictionary(grouping: rows, by: \.sourceID) {
                guard let (old, markdown) = try await texts(of: kind, id: sourceID, on: sql) else { continue }
                let oldText = CodableText(text: old)
                let newText = CodableText(markdown: markdown)
                let relocation = PassageRelocation(from: oldText.scalars, to: newText.scalars)
                for coding in codings {
                    switch place(
                        (coding.start, coding.end, coding.excerpt), old: oldText, new: newText, relocation: relocation)
                    {
                    case .success(let range):
                        try await sql.update("codings")
                            .set("start_offset", to: range.lowerBound).set("end_offset", to: range.upperBound)
                            .set("excerpt", to: newText.excerpt(start: range.lowerBound, end: range.upperBound) ?? "")
                            .where("id", .equal, coding.id).run()
                        outcome.moved += 1
                    case .failure(let reason):
                        try await sql.insert(into: "coding_relocation_problems")
                            .columns("coding_id", "source_kind", "source_id", "reason")
                            .values(
                                SQLBind(coding.id), SQLBind(kind.rawValue), SQLBind(sourceID), SQLBind(reason.message)
                            ).run()
                        outcome.listed += 1
                    }
                }
            }
        }
        return outcome
    }

    /// Why a coding could not be placed.
    struct Reason: Error {
        var message: String
    }

    /// The new positions of `coding`, or why there are none.
    static func place(
        _ coding: (start: Int, end: Int, excerpt: String), old: CodableText, new: CodableText,
        relocation: PassageRelocation
    ) -> Result<Range<Int>, Reason> {
        if old.excerpt(start: coding.start, end: coding.end) == coding.excerpt,
            let moved = relocation.relocate(start: coding.start, end: coding.end, in: new.scalars),
            let words = new.excerpt(start: moved.lowerBound, end: moved.upperBound),
            PassageRelocation.keepsWords(of: coding.excerpt, in: words)
        {
            return .success(moved)
        }
        // The text changed after coding, or the alignment lost the words: look for them as they now read.
        let plain = MarkdownRenderer().plainText(coding.excerpt).trimmingCharacters(in: .whitespacesAndNewlines)
        let finder = PassageFinder(new)
        var found: [Range<Int>] = []
        var occurrence = 1
        while !plain.isEmpty, found.count < 1_000, let range = finder.find(plain, occurrence: occurrence) {
            found.append(range)
            occurrence += 1
        }
        let expected = old.length == 0 ? 0 : coding.start * new.length / old.length
        if let nearest = found.min(by: { abs($0.lowerBound - expected) < abs($1.lowerBound - expected) }) {
            return .success(nearest)
        }
        return .failure(
            Reason(
                message: plain.isEmpty
                    ? "The coded passage was only Markdown punctuation, which no longer shows as text."
                    : "The coded words are no longer in the text as it reads; the quote is what was coded."))
    }

    /// The text a source was coded in before step 17 and the Markdown it is coded in after.
    private static func texts(of kind: EntityKind, id: String, on sql: any SQLDatabase) async throws
        -> (old: String, markdown: String)?
    {
        switch kind {
        case .reflectiveLog:
            guard
                let row = try await sql.select().columns("what", "so_what", "now_what").from("reflective_logs")
                    .where("id", .equal, id).first()
            else { return nil }
            let answers = [
                ("What?", try row.decode(column: "what", as: String.self)),
                ("So what?", try row.decode(column: "so_what", as: String.self)),
                ("Now what?", try row.decode(column: "now_what", as: String.self)),
            ].filter { !$0.1.isEmpty }
            // Before step 17 a log was coded as each question on a line of its own above its answer.
            let old = answers.map { "\($0.0)\n\($0.1)" }.joined(separator: "\n\n")
            let markdown = answers.map { "## \($0.0)\n\n\($0.1)" }.joined(separator: "\n\n")
            return (old, markdown)
        default:
            guard
                let row = try await sql.select().column("body").from(kind.collectionKey).where("id", .equal, id)
                    .first()
            else { return nil }
            let body = try row.decode(column: "body", as: String.self)
            return (body, body)
        }
    }
}
