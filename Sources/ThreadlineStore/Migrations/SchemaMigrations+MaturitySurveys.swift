extension SchemaMigrations {
    /// The yearly maturity survey: the programme's scale, one survey per place and year, single-use (or shared)
    /// links stored as hashes, and the responses with one answer per enabler. A place's or enabler's deletion
    /// takes its surveys or answers with it.
    static let maturitySurveys = SchemaMigration(
        version: 10,
        name: "maturity surveys",
        statements: [
            """
            CREATE TABLE maturity_scale_levels (
                value INTEGER PRIMARY KEY NOT NULL,
                descriptor TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE maturity_surveys (
                id TEXT PRIMARY KEY NOT NULL,
                place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
                year INTEGER NOT NULL,
                closes_on TEXT,
                allows_repeat INTEGER NOT NULL DEFAULT 0,
                created_at DOUBLE PRECISION NOT NULL,
                created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
                UNIQUE (place_id, year)
            )
            """,
            """
            CREATE TABLE maturity_links (
                token_hash TEXT PRIMARY KEY NOT NULL,
                survey_id TEXT NOT NULL REFERENCES maturity_surveys(id) ON DELETE CASCADE,
                created_at DOUBLE PRECISION NOT NULL,
                used_at DOUBLE PRECISION,
                uses INTEGER NOT NULL DEFAULT 0
            )
            """,
            "CREATE INDEX maturity_links_survey ON maturity_links (survey_id)",
            """
            CREATE TABLE maturity_responses (
                id TEXT PRIMARY KEY NOT NULL,
                survey_id TEXT NOT NULL REFERENCES maturity_surveys(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                origin TEXT NOT NULL CHECK (origin IN ('form', 'import')),
                submitted_at DOUBLE PRECISION NOT NULL,
                respondent_hash TEXT
            )
            """,
            "CREATE INDEX maturity_responses_survey ON maturity_responses (survey_id)",
            // An imported respondent answers a survey once, so importing a file twice cannot double the answers.
            // Form answers have no label (NULL), and NULLs never collide in a unique index.
            "CREATE UNIQUE INDEX maturity_responses_respondent ON maturity_responses (survey_id, respondent_hash)",
            """
            CREATE TABLE maturity_answers (
                response_id TEXT NOT NULL REFERENCES maturity_responses(id) ON DELETE CASCADE,
                enabler_id TEXT NOT NULL REFERENCES enablers(id) ON DELETE CASCADE,
                level INTEGER,
                comment TEXT NOT NULL,
                PRIMARY KEY (response_id, enabler_id)
            )
            """,
        ]
    )
}
