import SQLKit
import ThreadlineCore

/// The SQLite implementation of `SearchRepository`: FTS5 with bm25 ranking and snippets.
///
/// The query is compiled by `SearchQuery.fts5Expression()`, which quotes every term, so nothing a person types
/// can become FTS5 syntax; it is bound as a parameter like every other value.
public struct SQLSearchRepository: SearchRepository {
    private let database: Database

    /// Creates the repository over `database`.
    public init(database: Database) {
        self.database = database
    }

    private struct Row: Decodable {
        var kind: String
        var entityID: String
        var label: String
        var slug: String?
        var startMs: Int?
        var snippet: String
        var placeID: String?
        var day: String?

        enum CodingKeys: String, CodingKey {
            case kind, label, slug, snippet, day
            case entityID = "entity_id"
            case startMs = "start_ms"
            case placeID = "place_id"
        }
    }

    public func search(_ request: SearchRequest) async throws -> SearchResults {
        let snippet = "snippet(search_index, -1, '\(SearchHit.markStart)', '\(SearchHit.markEnd)', '…', 16)"
        let rows = try await database.read { sql in
            try await Self.matching(request, on: sql)
                .columns(
                    ["kind", "entity_id", "label", "slug", "start_ms", "place_id", "day"].map {
                        SQLColumn($0, table: "d")
                    }
                )
                .column(SQLRaw(snippet), as: "snippet")
                .orderBy(SQLRaw("bm25(search_index, 4.0, 1.0)"))
                .limit(request.limit).offset(request.offset)
                .all(decoding: Row.self)
        }
        let total = try await database.read { sql in
            let matches = Self.matching(request, on: sql).column(SQLRaw("1")).limit(SearchResults.countLimit + 1)
            return try await sql.select().column(SQLRaw("COUNT(*)"), as: "n")
                .from(SQLAlias(SQLGroupExpression(matches.select), as: SQLIdentifier("matches")))
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
        let hits = rows.compactMap { row -> SearchHit? in
            guard let kind = SearchKind(rawValue: row.kind) else { return nil }
            return SearchHit(
                kind: kind, entityID: row.entityID, title: row.label, slug: row.slug, startMs: row.startMs,
                snippet: row.snippet, placeID: row.placeID, day: row.day)
        }
        return SearchResults(
            hits: hits, total: min(total, SearchResults.countLimit), totalIsLowerBound: total > SearchResults.countLimit
        )
    }

    /// The rows that match the query and the request's filters (no columns chosen yet).
    static func matching(_ request: SearchRequest, on sql: any SQLDatabase) -> SQLSelectBuilder {
        let builder = sql.select().from("search_index")
            .join(
                SQLAlias(SQLIdentifier("search_documents"), as: SQLIdentifier("d")),
                on: SQLRaw("d.id = search_index.rowid")
            )
            .where(
                SQLBinaryExpression(
                    left: SQLIdentifier("search_index"), op: SQLRaw("MATCH"),
                    right: SQLBind(request.query.fts5Expression())))
        if request.publicOnly {
            builder.where(SQLColumn("is_public", table: "d"), .equal, SQLBind(1))
            builder.where { group in
                group.where(SQLColumn("public_until", table: "d"), .is, SQLLiteral.null)
                    .orWhere(SQLColumn("public_until", table: "d"), .greaterThan, SQLBind(request.today.description))
            }
        }
        if !request.kinds.isEmpty {
            builder.where(SQLColumn("kind", table: "d"), .in, SQLBind.group(request.kinds.map(\.rawValue).sorted()))
        }
        if let place = request.placeID {
            builder.where(SQLColumn("place_id", table: "d"), .equal, SQLBind(place.description))
        }
        if let enabler = request.enablerID {
            builder.where(SQLColumn("enabler_id", table: "d"), .equal, SQLBind(enabler.description))
        }
        if let from = request.from {
            builder.where(SQLColumn("day", table: "d"), .greaterThanOrEqual, SQLBind(SearchIndex.day(from)))
        }
        if let to = request.to {
            // A month or a year ends at its last day: compare with the first day after it.
            builder.where(SQLColumn("day", table: "d"), .lessThan, SQLBind(Self.dayAfter(to)))
        }
        return builder
    }

    public func rebuild() async throws -> Int {
        let count = try await database.write { sql in try await SearchIndex.rebuild(on: sql) }
        return count
    }

    /// The first day after a partial date: `2022` → `2023-01-01`, `2022-07` → `2022-08-01`.
    static func dayAfter(_ date: PartialDate) -> String {
        if let day = date.day, let month = date.month {
            let next =
                PartialDate(year: date.year, month: month, day: day + 1)
                ?? PartialDate(year: date.year, month: month + 1, day: 1)
                ?? PartialDate(year: date.year + 1, month: 1, day: 1)
            return next?.description ?? "9999-12-31"
        }
        if let month = date.month {
            return
                (PartialDate(year: date.year, month: month + 1, day: 1)
                ?? PartialDate(year: date.year + 1, month: 1, day: 1))?.description ?? "9999-12-31"
        }
        return PartialDate(year: date.year + 1, month: 1, day: 1)?.description ?? "9999-12-31"
    }
}
