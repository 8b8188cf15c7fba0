extension SchemaMigrations {
    /// Stories, case studies and reflective logs are coded as they read (the plain text their Markdown renders
    /// to) rather than in their Markdown: every coding of one moves to the same words' plain-text positions. A
    /// coding whose words cannot be found is kept where it was and listed in `coding_relocation_problems`, so the
    /// coding page can say which passages to look at again; nothing is dropped.
    static let codingsAsTheTextReads = SchemaMigration(
        version: 17,
        name: "codings on the text as it reads",
        statements: [
            """
            CREATE TABLE coding_relocation_problems (
                coding_id TEXT PRIMARY KEY NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                reason TEXT NOT NULL
            )
            """
        ],
        afterwards: { sql in try await CodingRelocation.run(on: sql) }
    )
}
