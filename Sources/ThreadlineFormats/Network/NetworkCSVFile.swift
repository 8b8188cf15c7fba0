/// Which of a wave's two CSV files a problem is in.
public enum NetworkCSVFile: String, Sendable, Hashable, CaseIterable {
    /// The members file: one row per organisation, `id,name,sector,type`.
    case members
    /// The ties file: one row per answer about another member, `from,to` and the seven ratings.
    case ties

    /// The name the file goes by in messages, "members.csv" or "ties.csv".
    public var fileName: String { rawValue + ".csv" }
}
