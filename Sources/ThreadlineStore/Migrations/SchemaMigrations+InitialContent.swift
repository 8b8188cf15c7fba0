extension SchemaMigrations {
    static let initialContent = SchemaMigration(
        version: 1,
        name: "programme, users, sessions, API tokens and the content of a programme",
        statements: [
            """
            CREATE TABLE programme (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                name TEXT NOT NULL,
                tagline TEXT NOT NULL,
                about TEXT NOT NULL,
                language TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY NOT NULL,
                email TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'contributor')),
                password_hash TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY NOT NULL,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                expires_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX sessions_user ON sessions (user_id)",
            """
            CREATE TABLE api_tokens (
                id TEXT PRIMARY KEY NOT NULL,
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                created_at DOUBLE PRECISION NOT NULL,
                last_used_at DOUBLE PRECISION
            )
            """,
            """
            CREATE TABLE login_failures (
                email TEXT PRIMARY KEY NOT NULL,
                failures INTEGER NOT NULL,
                last_failure_at DOUBLE PRECISION NOT NULL
            )
            """,
        ]
            + contentTable(
                "enablers",
                columns: [
                    "number INTEGER NOT NULL", "name TEXT NOT NULL", "summary TEXT NOT NULL",
                    "definition TEXT NOT NULL", "programme_theory TEXT NOT NULL",
                ]
            )
            + contentTable(
                "places",
                columns: ["name TEXT NOT NULL", "summary TEXT NOT NULL", "body TEXT NOT NULL"]
            )
            + contentTable(
                "stories",
                columns: [
                    "title TEXT NOT NULL", "summary TEXT NOT NULL", "body TEXT NOT NULL",
                    "place_id TEXT REFERENCES places(id) ON DELETE SET NULL",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                    "organisation_ids TEXT NOT NULL", "credit TEXT NOT NULL",
                ]
            )
            + contentTable(
                "learning_areas",
                columns: [
                    "position INTEGER NOT NULL", "title TEXT NOT NULL", "outline TEXT NOT NULL",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                    "featured_story_id TEXT REFERENCES stories(id) ON DELETE SET NULL",
                    "questions TEXT NOT NULL",
                ]
            )
            + contentTable(
                "milestones",
                columns: [
                    "place_id TEXT REFERENCES places(id) ON DELETE CASCADE", "date TEXT",
                    "title TEXT NOT NULL", "description TEXT NOT NULL",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                ],
                slugged: false
            )
            + contentTable(
                "organisations",
                columns: [
                    "name TEXT NOT NULL", "sector TEXT NOT NULL",
                    "place_id TEXT REFERENCES places(id) ON DELETE SET NULL", "website TEXT",
                    "description TEXT NOT NULL",
                ]
            )
            + contentTable(
                "case_studies",
                columns: [
                    "title TEXT NOT NULL", "format TEXT NOT NULL", "summary TEXT NOT NULL", "body TEXT NOT NULL",
                    "place_id TEXT REFERENCES places(id) ON DELETE SET NULL",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                    "organisation_ids TEXT NOT NULL",
                ]
            )
            + contentTable(
                "news_posts",
                columns: ["title TEXT NOT NULL", "summary TEXT NOT NULL", "body TEXT NOT NULL"]
            )
            + [
                "CREATE INDEX stories_place ON stories (place_id)",
                "CREATE INDEX stories_enabler ON stories (enabler_id)",
                "CREATE INDEX milestones_place ON milestones (place_id)",
                "CREATE INDEX milestones_enabler ON milestones (enabler_id)",
                "CREATE INDEX learning_areas_enabler ON learning_areas (enabler_id)",
                "CREATE INDEX organisations_place ON organisations (place_id)",
                "CREATE INDEX case_studies_place ON case_studies (place_id)",
            ]
    )
}
