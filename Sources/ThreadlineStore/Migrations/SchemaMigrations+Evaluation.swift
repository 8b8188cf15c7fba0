extension SchemaMigrations {
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
}
