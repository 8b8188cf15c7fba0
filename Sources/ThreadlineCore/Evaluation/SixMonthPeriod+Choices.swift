extension SixMonthPeriod {
    /// The periods a form offers, 2010 H1 to 2035 H2: a list to pick from on a phone, and one canonical spelling
    /// ("2024 H1") stored, so periods sort and match as text in SQL.
    public static let formChoices: [FieldType.Choice] = {
        guard let first = SixMonthPeriod(year: 2010, half: 1), let last = SixMonthPeriod(year: 2035, half: 2) else {
            return []
        }
        return through(first, last).map { FieldType.Choice($0.description, "\($0.description) (\($0.label))") }
    }()
}
