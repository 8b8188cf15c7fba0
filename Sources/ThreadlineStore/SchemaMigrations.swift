/// Every schema step, oldest first. Append only.
enum SchemaMigrations {
    static let all: [SchemaMigration] = [
        initialContent, contentVersion, testimony, search, reports, coding, milestoneKinds, placeEras,
        evaluation,
        maturitySurveys,
        networkSurveys,
        auditTrail,
        userPlaces,
        safeSpeakerLabels,
        publishedReportSections,
    ]

    /// The columns every content table has: its ID, bookkeeping, and publication state.
    private static func contentTable(_ name: String, columns: [String], slugged: Bool = true) -> [String] {
        var definitions = ["id TEXT PRIMARY KEY NOT NULL"]
        if slugged { definitions.append("slug TEXT NOT NULL UNIQUE") }
        definitions += columns
        definitions += [
            "status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published'))",
            "author_id TEXT REFERENCES users(id) ON DELETE SET NULL",
            "created_at DOUBLE PRECISION NOT NULL",
            "updated_at DOUBLE PRECISION NOT NULL",
            "published_at DOUBLE PRECISION",
        ]
        var statements = ["CREATE TABLE \(name) (\n    " + definitions.joined(separator: ",\n    ") + "\n)"]
        statements.append("CREATE INDEX \(name)_status ON \(name) (status)")
        return statements
    }

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

    /// A counter bumped by every content write, so that each process can tell when its cached public pages are
    /// out of date without re-reading the content.
    static let contentVersion = SchemaMigration(
        version: 2,
        name: "content version counter for page caches",
        statements: [
            "CREATE TABLE content_version (id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1), version INTEGER NOT NULL)",
            "INSERT INTO content_version (id, version) VALUES (1, 0)",
        ]
    )

    /// Testimony with its consent, clips, transcript cues, and the register of stored recordings.
    static let testimony = SchemaMigration(
        version: 3,
        name: "testimony, consent, transcripts, clips and media files",
        statements: [
            """
            CREATE TABLE media_files (
                sha256 TEXT PRIMARY KEY NOT NULL,
                media_type TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                duration_ms BIGINT,
                created_at DOUBLE PRECISION NOT NULL
            )
            """
        ]
            + contentTable(
                "testimonies",
                columns: [
                    "title TEXT NOT NULL", "summary TEXT NOT NULL", "speaker_name TEXT NOT NULL",
                    "speaker_role TEXT NOT NULL",
                    "place_id TEXT REFERENCES places(id) ON DELETE SET NULL",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                    "recorded_on TEXT", "consent_given_by TEXT NOT NULL", "consent_given_on TEXT",
                    "consent_scope TEXT NOT NULL CHECK (consent_scope IN ('internal', 'public_anonymised', 'public_named'))",
                    "consent_expires_on TEXT", "consent_withdrawn_on TEXT", "consent_withdrawal_note TEXT NOT NULL",
                    "duration_ms BIGINT", "duration_source TEXT",
                    "media_sha256 TEXT", "media_type TEXT", "media_bytes BIGINT",
                    "media_name TEXT",
                ],
                slugged: false
            )
            + contentTable(
                "clips",
                columns: [
                    "testimony_id TEXT REFERENCES testimonies(id) ON DELETE CASCADE", "title TEXT NOT NULL",
                    "start_ms BIGINT NOT NULL", "end_ms BIGINT NOT NULL", "note TEXT NOT NULL",
                ],
                slugged: false
            )
            + [
                """
                CREATE TABLE transcript_cues (
                    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    start_ms BIGINT NOT NULL,
                    end_ms BIGINT NOT NULL,
                    speaker TEXT,
                    text TEXT NOT NULL,
                    PRIMARY KEY (testimony_id, position)
                )
                """,
                "CREATE INDEX testimonies_place ON testimonies (place_id)",
                "CREATE INDEX testimonies_enabler ON testimonies (enabler_id)",
                "CREATE INDEX clips_testimony ON clips (testimony_id)",
            ]
    )

    /// The full-text index: one row per searchable thing, and an FTS5 table over their titles and text kept in
    /// step by triggers. The index is filled by the store as content is written (and by `threadline reindex`).
    static let search = SchemaMigration(
        version: 4,
        name: "full-text search index",
        statements: [
            """
            CREATE TABLE search_documents (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                label TEXT NOT NULL,
                slug TEXT,
                start_ms BIGINT,
                place_id TEXT,
                enabler_id TEXT,
                day TEXT,
                is_public INTEGER NOT NULL,
                public_until TEXT
            )
            """,
            "CREATE INDEX search_documents_entity ON search_documents (entity_id)",
            """
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, content='search_documents', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2', prefix='2 3'
            )
            """,
            """
            CREATE TRIGGER search_documents_insert AFTER INSERT ON search_documents BEGIN
                INSERT INTO search_index (rowid, title, body) VALUES (new.id, new.title, new.body);
            END
            """,
            """
            CREATE TRIGGER search_documents_delete AFTER DELETE ON search_documents BEGIN
                INSERT INTO search_index (search_index, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            END
            """,
        ],
        // PostgreSQL has no FTS5: a generated tsvector column (title weighted A, body B) with a GIN index takes
        // the index's place and keeps itself current, so no triggers are needed. The 'simple' configuration
        // neither stems nor drops stop words, like FTS5's unicode61 tokenizer, so a query finds the same rows on
        // both engines ('english' would let "partnership" find "partnerships" on one engine only).
        postgresStatements: [
            """
            CREATE TABLE search_documents (
                id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                label TEXT NOT NULL,
                slug TEXT,
                start_ms BIGINT,
                place_id TEXT,
                enabler_id TEXT,
                day TEXT,
                is_public INTEGER NOT NULL,
                public_until TEXT,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')
                ) STORED
            )
            """,
            "CREATE INDEX search_documents_entity ON search_documents (entity_id)",
            "CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv)",
        ]
    )

    /// Learning reports, their sections, every published version, and what the latest version of each cites
    /// (the source of "cited in" links).
    static let reports = SchemaMigration(
        version: 5,
        name: "reports, sections, published versions and citations",
        statements: contentTable(
            "reports",
            columns: [
                "title TEXT NOT NULL", "period_start TEXT", "period_end TEXT", "authors TEXT NOT NULL",
                "summary TEXT NOT NULL",
            ]
        )
            + contentTable(
                "report_sections",
                columns: [
                    "report_id TEXT REFERENCES reports(id) ON DELETE CASCADE", "position BIGINT NOT NULL",
                    "title TEXT NOT NULL",
                    "learning_area_id TEXT REFERENCES learning_areas(id) ON DELETE SET NULL",
                    "body TEXT NOT NULL", "questions TEXT NOT NULL",
                ],
                slugged: false
            )
            + [
                "CREATE INDEX report_sections_report ON report_sections (report_id, position)",
                """
                CREATE TABLE report_versions (
                    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    published_at DOUBLE PRECISION NOT NULL,
                    published_by TEXT REFERENCES users(id) ON DELETE SET NULL,
                    snapshot TEXT NOT NULL,
                    PRIMARY KEY (report_id, number)
                )
                """,
                """
                CREATE TABLE report_citations (
                    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    report_title TEXT NOT NULL,
                    section_id TEXT NOT NULL,
                    section_title TEXT NOT NULL,
                    section_anchor TEXT NOT NULL,
                    target_kind TEXT NOT NULL,
                    target_key TEXT NOT NULL,
                    PRIMARY KEY (report_id, position)
                )
                """,
                "CREATE INDEX report_citations_target ON report_citations (target_kind, target_key)",
            ]
    )

    /// The codebook, the people who code, and their codings of stories, case studies and transcripts.
    /// A coding names its source by kind and ID (it may be any codable kind), so the store removes a source's
    /// codings itself when the source is deleted.
    static let coding = SchemaMigration(
        version: 6,
        name: "codebook, coders and codings",
        statements: [
            """
            CREATE TABLE coders (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                user_id TEXT REFERENCES users(id) ON DELETE SET NULL
            )
            """,
            """
            CREATE TABLE codes (
                id TEXT PRIMARY KEY NOT NULL,
                parent_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                description TEXT NOT NULL,
                colour TEXT NOT NULL,
                enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL,
                memo TEXT NOT NULL,
                position INTEGER NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                updated_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX codes_parent ON codes (parent_id, position)",
            """
            CREATE TABLE codings (
                id TEXT PRIMARY KEY NOT NULL,
                code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                coder_id TEXT NOT NULL REFERENCES coders(id) ON DELETE CASCADE,
                start_offset BIGINT NOT NULL,
                end_offset BIGINT NOT NULL,
                start_ms BIGINT,
                end_ms BIGINT,
                excerpt TEXT NOT NULL,
                memo TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX codings_source ON codings (source_kind, source_id, start_offset)",
            "CREATE INDEX codings_code ON codings (code_id)",
            // The original document of an imported source (a .docx or PDF whose text is what is coded), kept so a
            // later REFI-QDA export can hand it back; the bytes live in the media folder under their SHA-256.
            """
            CREATE TABLE source_files (
                source_kind TEXT NOT NULL,
                source_id TEXT NOT NULL,
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                bytes BIGINT NOT NULL,
                PRIMARY KEY (source_kind, source_id)
            )
            """,
        ]
    )

    /// Milestones say what kind of step they mark and which other enablers they evidence (for journey infographics).
    static let milestoneKinds = SchemaMigration(
        version: 7,
        name: "milestone kinds and further enablers",
        statements: [
            "ALTER TABLE milestones ADD COLUMN kind TEXT",
            "ALTER TABLE milestones ADD COLUMN other_enabler_ids TEXT NOT NULL DEFAULT '[]'",
        ]
    )

    /// Places name the eras of their journey.
    static let placeEras = SchemaMigration(
        version: 8,
        name: "eras of a place's journey",
        statements: ["ALTER TABLE places ADD COLUMN eras TEXT NOT NULL DEFAULT '[]'"]
    )

    /// Counts and Measures (indicators, figures, examples), reflective logs, and programme theories with the
    /// evidence that supports or challenges them. Lists of IDs are JSON text, as in every content table.
    static let evaluation = SchemaMigration(
        version: 9,
        name: "counts and measures, reflective logs and programme theories",
        statements: contentTable(
            "indicators",
            columns: [
                "name TEXT NOT NULL", "unit TEXT NOT NULL",
                "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL", "description TEXT NOT NULL",
            ],
            slugged: false
        )
            + contentTable(
                "indicator_figures",
                columns: [
                    "place_id TEXT REFERENCES places(id) ON DELETE CASCADE",
                    "indicator_id TEXT REFERENCES indicators(id) ON DELETE CASCADE", "period TEXT NOT NULL",
                    "value DOUBLE PRECISION", "note TEXT NOT NULL",
                ],
                slugged: false
            )
            + contentTable(
                "counts_examples",
                columns: [
                    "place_id TEXT REFERENCES places(id) ON DELETE CASCADE",
                    "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL", "period TEXT NOT NULL",
                    "title TEXT NOT NULL", "text TEXT NOT NULL",
                ],
                slugged: false
            )
            + contentTable(
                "reflective_logs",
                columns: [
                    "title TEXT NOT NULL", "place_id TEXT REFERENCES places(id) ON DELETE SET NULL", "date TEXT",
                    "what TEXT NOT NULL", "so_what TEXT NOT NULL", "now_what TEXT NOT NULL",
                    "enabler_ids TEXT NOT NULL", "example_ids TEXT NOT NULL", "credit TEXT NOT NULL",
                ]
            )
            + contentTable(
                "programme_theories",
                columns: [
                    "title TEXT NOT NULL", "enabler_id TEXT REFERENCES enablers(id) ON DELETE SET NULL",
                    "cycle TEXT NOT NULL", "context TEXT NOT NULL", "mechanism TEXT NOT NULL",
                    "outcome TEXT NOT NULL",
                    // Deferred: a bundle may list a revision before the version it revises.
                    "revises_id TEXT REFERENCES programme_theories(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED",
                    "change_note TEXT NOT NULL",
                ]
            )
            + contentTable(
                "theory_evidence",
                columns: [
                    "theory_id TEXT REFERENCES programme_theories(id) ON DELETE CASCADE", "stance TEXT",
                    "story_id TEXT REFERENCES stories(id) ON DELETE CASCADE",
                    "case_study_id TEXT REFERENCES case_studies(id) ON DELETE CASCADE",
                    "testimony_id TEXT REFERENCES testimonies(id) ON DELETE CASCADE",
                    "clip_id TEXT REFERENCES clips(id) ON DELETE CASCADE",
                    "reflective_log_id TEXT REFERENCES reflective_logs(id) ON DELETE CASCADE",
                    "example_id TEXT REFERENCES counts_examples(id) ON DELETE CASCADE", "note TEXT NOT NULL",
                ],
                slugged: false
            )
            + [
                "CREATE INDEX indicator_figures_place ON indicator_figures (place_id, period)",
                "CREATE INDEX counts_examples_place ON counts_examples (place_id, period)",
                "CREATE INDEX reflective_logs_place ON reflective_logs (place_id)",
                "CREATE INDEX theory_evidence_theory ON theory_evidence (theory_id)",
            ]
    )

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

    /// Partnership network surveys: waves (for a place, or the programme when `place_id` is NULL), their member
    /// organisations, one link per member stored as a hash, and the directed ties with their 1–4 answers. The
    /// checks repeat the store's own so that no other writer can leave a tie the metrics cannot read.
    static let networkSurveys = SchemaMigration(
        version: 11,
        name: "network surveys",
        statements: [
            """
            CREATE TABLE network_waves (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL UNIQUE,
                place_id TEXT REFERENCES places(id) ON DELETE CASCADE,
                period TEXT NOT NULL,
                closes_on TEXT,
                created_at DOUBLE PRECISION NOT NULL,
                created_by TEXT REFERENCES users(id) ON DELETE SET NULL
            )
            """,
            """
            CREATE TABLE network_members (
                wave_id TEXT NOT NULL REFERENCES network_waves(id) ON DELETE CASCADE,
                member_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                sector TEXT NOT NULL,
                kind TEXT NOT NULL,
                responded_at DOUBLE PRECISION,
                response_origin TEXT CHECK (response_origin IN ('form', 'import')),
                PRIMARY KEY (wave_id, member_key)
            )
            """,
            """
            CREATE TABLE network_ties (
                wave_id TEXT NOT NULL,
                from_key TEXT NOT NULL,
                to_key TEXT NOT NULL,
                frequency INTEGER CHECK (frequency BETWEEN 1 AND 4),
                reliability INTEGER CHECK (reliability BETWEEN 1 AND 4),
                mission INTEGER CHECK (mission BETWEEN 1 AND 4),
                openness INTEGER CHECK (openness BETWEEN 1 AND 4),
                power INTEGER CHECK (power BETWEEN 1 AND 4),
                involvement INTEGER CHECK (involvement BETWEEN 1 AND 4),
                resources INTEGER CHECK (resources BETWEEN 1 AND 4),
                PRIMARY KEY (wave_id, from_key, to_key),
                CHECK (from_key <> to_key),
                FOREIGN KEY (wave_id, from_key) REFERENCES network_members(wave_id, member_key) ON DELETE CASCADE,
                FOREIGN KEY (wave_id, to_key) REFERENCES network_members(wave_id, member_key) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE network_links (
                token_hash TEXT PRIMARY KEY NOT NULL,
                wave_id TEXT NOT NULL,
                member_key TEXT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                used_at DOUBLE PRECISION,
                uses INTEGER NOT NULL DEFAULT 0,
                FOREIGN KEY (wave_id, member_key) REFERENCES network_members(wave_id, member_key) ON DELETE CASCADE
            )
            """,
            // The primary key serves look-ups by `from`; ties *to* a member need their own index, or deleting a member
            // (its ties go with it) reads every tie.
            "CREATE INDEX network_ties_to ON network_ties (wave_id, to_key)",
            "CREATE INDEX network_links_member ON network_links (wave_id, member_key)",
        ]
    )

    /// The audit trail: one row per change, written in the change's own transaction. The actor's user ID has no
    /// foreign key on purpose: deleting a user must not rewrite or erase the history of what they did. The ID
    /// column differs by engine (SQLite's rowid alias, PostgreSQL's identity), hence two lists.
    static let auditTrail = SchemaMigration(
        version: 12,
        name: "audit trail",
        statements: [auditTable(id: "id INTEGER PRIMARY KEY")] + auditIndexes,
        postgresStatements: [auditTable(id: "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")] + auditIndexes
    )

    private static func auditTable(id: String) -> String {
        """
        CREATE TABLE audit_events (
            \(id),
            at DOUBLE PRECISION NOT NULL,
            actor_id TEXT,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity_kind TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            summary TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '{}'
        )
        """
    }

    private static let auditIndexes = [
        "CREATE INDEX audit_events_at ON audit_events (at)",
        "CREATE INDEX audit_events_actor ON audit_events (actor_id, at)",
        "CREATE INDEX audit_events_entity ON audit_events (entity_kind, entity_id, at)",
        "CREATE INDEX audit_events_action ON audit_events (action, at)",
    ]
}
