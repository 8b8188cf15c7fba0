extension SchemaMigrations {
    /// From now on a report version holds only published sections (`ReportSnapshot.nextVersion`); before, it held
    /// every section whatever its status. So that upgrading takes nothing away from readers, every draft section
    /// that the latest version of its report already shows is marked published.
    static let publishedReportSections = SchemaMigration(
        version: 15,
        name: "sections in published versions are published",
        statements: [
            """
            UPDATE report_sections SET status = 'published', published_at = COALESCE(published_at, updated_at)
            WHERE status = 'draft' AND id IN (
                SELECT json_extract(section.value, '$.id')
                FROM report_versions AS version, json_each(version.snapshot, '$.sections') AS section
                WHERE version.number = (
                    SELECT MAX(newer.number) FROM report_versions AS newer WHERE newer.report_id = version.report_id))
            """
        ],
        postgresStatements: [
            """
            UPDATE report_sections SET status = 'published', published_at = COALESCE(published_at, updated_at)
            WHERE status = 'draft' AND id IN (
                SELECT section ->> 'id'
                FROM report_versions AS version, jsonb_array_elements(version.snapshot::jsonb -> 'sections') AS section
                WHERE version.number = (
                    SELECT MAX(newer.number) FROM report_versions AS newer WHERE newer.report_id = version.report_id))
            """
        ]
    )
}
