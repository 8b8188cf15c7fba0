import SQLKit
import ThreadlineCore

/// The SQL implementation of `SearchRepository`: on SQLite, FTS5 with bm25 ranking and snippets; on PostgreSQL,
/// a tsvector column with `ts_rank_cd` ranking and `ts_headline` snippets.
///
/// The query is compiled by `SearchQuery.fts5Expression()` or `SearchQuery.postgresTsQuery()`, which keep every
/// term from becoming query syntax; it is bound as a parameter like every other value.
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
        let engine = database.engine
        let rows = try await database.read { sql in
            try await Self.ranked(Self.matching(request, engine: engine, on: sql), request: request, engine: engine)
                .limit(request.limit).offset(request.offset)
                .all(decoding: Row.self)
        }
        let total = try await database.read { sql in
            let matches = Self.matching(request, engine: engine, on: sql).column(SQLRaw("1"))
                .limit(SearchResults.countLimit + 1)
            return try await sql.select().column(SQLRaw("COUNT(*)"), as: "n")
                .from(SQLAlias(SQLGroupExpression(matches.select), as: SQLIdentifier("matches")))
                .first(decodingColumn: "n", as: Int.self) ?? 0
        }
        let hits = rows.compactMap { row -> SearchHit? in
            guard let kind = SearchKind(rawValue: row.kind) else { return nil }
            return SearchHit(
                kind: kind, entityID: row.entityID, title: row.label, slug: row.slug, startMs: row.startMs,
                snippet: engine == .postgres ? Self.joiningAdjacentMarks(row.snippet) : row.snippet,
                placeID: row.placeID, day: row.day)
        }
        return SearchResults(
            hits: hits, total: min(total, SearchResults.countLimit), totalIsLowerBound: total > SearchResults.countLimit
        )
    }

    /// The matching rows' columns and snippet, best first: a title match outranks a body match on both engines.
    static func ranked(
        _ builder: SQLSelectBuilder, request: SearchRequest, engine: DatabaseEngine
    ) -> SQLSelectBuilder {
        builder.columns(
            ["kind", "entity_id", "label", "slug", "start_ms", "place_id", "day"].map { SQLColumn($0, table: "d") })
        switch engine {
        case .sqlite:
            let snippet = "snippet(search_index, -1, '\(SearchHit.markStart)', '\(SearchHit.markEnd)', '…', 16)"
            return builder.column(SQLRaw(snippet), as: "snippet")
                .orderBy(SQLRaw("bm25(search_index, 4.0, 1.0)"))
        case .postgres:
            let query = tsQuery(request)
            let configuration = SQLLiteral.string(textSearchConfiguration)
            let body = SQLColumn("body", table: "d")
            // The passage comes from the body when the body matches by itself, else from the title: FTS5's
            // snippet likewise picks the column with the best match.
            let bodyMatches = SQLBinaryExpression(
                left: SQLFunction("to_tsvector", args: configuration, body), op: SQLRaw("@@"), right: query)
            let passage = SQLQueryString(
                "CASE WHEN \(bodyMatches) THEN \(body) ELSE \(SQLColumn("title", table: "d")) END")
            let snippet = SQLFunction(
                "ts_headline", args: configuration, passage, query, SQLBind(headlineOptions))
            // Weights are listed {D, C, B, A}: a title (A) counts four times a body (B), as bm25's 4.0 and 1.0 do.
            let rank = SQLFunction(
                "ts_rank_cd", args: SQLRaw("'{0.1, 0.1, 0.25, 1.0}'::float4[]"), SQLColumn("tsv", table: "d"), query)
            return builder.column(snippet, as: "snippet")
                .orderBy(rank, SQLDirection.descending)
                // Equal ranks keep indexing order, so pages never overlap.
                .orderBy(SQLColumn("id", table: "d"))
        }
    }

    /// `ts_headline` marks each word of a phrase on its own; FTS5 marks the phrase as one passage. Joining marks
    /// that only spaces separate gives readers the same highlight on both engines.
    static func joiningAdjacentMarks(_ snippet: String) -> String {
        var result = ""
        var pendingClose = false
        var gap = ""
        for character in snippet {
            if pendingClose {
                if character == " " {
                    gap.append(character)
                    continue
                }
                if character != SearchHit.markStart { result.append(SearchHit.markEnd) }
                result += gap
                gap = ""
                pendingClose = false
                if character == SearchHit.markStart { continue }
            }
            if character == SearchHit.markEnd {
                pendingClose = true
            } else {
                result.append(character)
            }
        }
        if pendingClose { result.append(SearchHit.markEnd) }
        return result + gap
    }

    /// The text search configuration of the PostgreSQL index (migration 4): no stemming, no stop words.
    static let textSearchConfiguration = "simple"

    /// `ts_headline`'s options: the same marks and about the same length (16 words) as FTS5's snippet.
    static let headlineOptions =
        "StartSel=\"\(SearchHit.markStart)\", StopSel=\"\(SearchHit.markEnd)\", "
        + "MaxWords=16, MinWords=8, ShortWord=0"

    /// The query as a PostgreSQL `tsquery`.
    ///
    /// `SearchQuery.postgresTsQuery()` writes words (AND), phrases (`<->`), prefixes (`:*`), `OR` groups and
    /// exclusions (`!`) from the already-tokenised terms, keeping only their letters, digits and marks, so nothing
    /// typed can become tsquery syntax; the text is bound, never spliced into the SQL.
    static func tsQuery(_ request: SearchRequest) -> SQLFunction {
        SQLFunction(
            "to_tsquery", args: SQLLiteral.string(textSearchConfiguration), SQLBind(request.query.postgresTsQuery()))
    }

    /// The rows that match the query and the request's filters (no columns chosen yet).
    static func matching(
        _ request: SearchRequest, engine: DatabaseEngine, on sql: any SQLDatabase
    ) -> SQLSelectBuilder {
        let builder: SQLSelectBuilder
        switch engine {
        case .sqlite:
            builder = sql.select().from("search_index")
                .join(
                    SQLAlias(SQLIdentifier("search_documents"), as: SQLIdentifier("d")),
                    on: SQLRaw("d.id = search_index.rowid")
                )
                .where(
                    SQLBinaryExpression(
                        left: SQLIdentifier("search_index"), op: SQLRaw("MATCH"),
                        right: SQLBind(request.query.fts5Expression())))
        case .postgres:
            builder = sql.select().from(SQLAlias(SQLIdentifier("search_documents"), as: SQLIdentifier("d")))
                .where(
                    SQLBinaryExpression(left: SQLColumn("tsv", table: "d"), op: SQLRaw("@@"), right: tsQuery(request)))
        }
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
