/// A request's path as it may be written to a log: the secret in a survey link is left out.
///
/// A survey link's last segment is the only thing that lets someone answer a survey, and logs are read by more
/// people (and kept longer) than the database, so `/survey/{token}` and `/network-survey/{token}` are logged as
/// `/survey/…` and `/network-survey/…`.
public enum LoggedPath {
    /// The path prefixes whose next segment is a secret.
    public static let secretPrefixes = ["/survey/", "/network-survey/"]

    /// `path` with the secret segment of a survey link replaced by "…".
    public static func redacted(_ path: String) -> String {
        for prefix in secretPrefixes where path.hasPrefix(prefix) && path.count > prefix.count {
            return prefix + "…"
        }
        return path
    }
}
