import SQLKit

extension SchemaMigrations {
    /// From now on a report version holds only published sections (`ReportSnapshot.nextVersion`); before, it held
    /// every section whatever its status. So that upgrading takes nothing away from readers, every draft section
    /// that the latest version of its report already shows is marked published.
    static let publishedReportSections = SchemaMigration(
        version: 15,
        name: "sections in published versions are published",
        statements: [ShownSections.publishSQLite],
        postgresStatements: [ShownSections.publishPostgres]
    )
}

/// Marks published every draft section that the latest version of its own report shows: run once when upgrading
/// (migration 15) and after every bundle import, whose versions may come from a build that kept drafts in them.
enum ShownSections {
    /// SQLite's statement (JSON through `json_each`).
    static let publishSQLite = """
        UPDATE report_sections SET status = 'published', published_at = COALESCE(published_at, updated_at)
        WHERE status = 'draft' AND id IN (
            SELECT json_extract(section.value, '$.id')
            FROM report_versions AS version, json_each(version.snapshot, '$.sections') AS section
            WHERE version.report_id = report_sections.report_id
            AND version.number = (
                SELECT MAX(newer.number) FROM report_versions AS newer WHERE newer.report_id = version.report_id))
        """

    /// PostgreSQL's statement (JSON through `jsonb_array_elements`).
    static let publishPostgres = """
        UPDATE report_sections SET status = 'published', published_at = COALESCE(published_at, updated_at)
        WHERE status = 'draft' AND id IN (
            SELECT section ->> 'id'
            FROM report_versions AS version, jsonb_array_elements(version.snapshot::jsonb -> 'sections') AS section
            WHERE version.report_id = report_sections.report_id
            AND version.number = (
                SELECT MAX(newer.number) FROM report_versions AS newer WHERE newer.report_id = version.report_id))
        """

    /// Runs the statement for `engine`.
    static func publish(on sql: any SQLDatabase, engine: DatabaseEngine) async throws {
        let statement = engine == .postgres ? publishPostgres : publishSQLite
        try await sql.raw(SQLQueryString(statement)).run()
    }
}
