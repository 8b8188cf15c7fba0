extension SchemaMigrations {
    /// The places a user works in: a contributor may change only the place-linked content of these places (see
    /// `AccessPolicy`). Deleting the user or the place removes the row, so no stale grant outlives either.
    ///
    /// Number 13: number 12 belongs to another change made at the same time, and the migrator allows gaps.
    static let userPlaces = SchemaMigration(
        version: 13,
        name: "user places",
        statements: [
            """
            CREATE TABLE user_places (
                user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
                PRIMARY KEY (user_id, place_id)
            )
            """,
            // The primary key serves look-ups by user; deleting a place looks its grants up by place.
            "CREATE INDEX user_places_place ON user_places (place_id)",
        ]
    )
}
