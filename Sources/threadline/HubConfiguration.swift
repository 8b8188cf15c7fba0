import Configuration
import ThreadlineSite
import ThreadlineStore

/// The settings every command reads, through swift-configuration: the command's own flags first, then the
/// environment, then defaults. No command reads a setting from the environment any other way (only the search
/// for external programs looks at `PATH` and its overrides).
///
/// | key | environment | default |
/// |---|---|---|
/// | `threadline.db` (`--db`) | `THREADLINE_DB`, else `DB_URL` | `sqlite://./threadline.sqlite` |
/// | `media.path` | `MEDIA_PATH` | `./threadline-media` |
///
/// The server's own settings (`http.port`, `site.base-url`, …) are read from the same reader by
/// `WebConfiguration`.
struct HubConfiguration {
    /// The reader: flags, then environment variables.
    let reader: ConfigReader

    /// A configuration over `flags` (keys as in the table) and the environment.
    init(flags: [AbsoluteConfigKey: ConfigValue] = [:]) {
        reader = ConfigReader(providers: [
            InMemoryProvider(name: "flags", values: flags), EnvironmentVariablesProvider(),
        ])
    }

    /// A flag's value for `key`, when the flag was given.
    static func flag(_ key: AbsoluteConfigKey, _ value: String?, secret: Bool = false)
        -> [AbsoluteConfigKey: ConfigValue]
    {
        guard let value else { return [:] }
        return [key: ConfigValue(.string(value), isSecret: secret)]
    }

    /// The database URL's text: the `--db` flag or `THREADLINE_DB` (key `threadline.db`), else `DB_URL` (key
    /// `db.url`), else `fallback`. Threadline's own name wins over the generic one, which another program on the
    /// same machine may have set for itself.
    func databaseText(fallback: String = DatabaseURL.defaultText) -> String {
        // The URL may hold a password: read as a secret, so a configuration dump never shows it.
        reader.string(forKey: "threadline.db", isSecret: true)
            ?? reader.string(forKey: "db.url", isSecret: true) ?? fallback
    }

    /// The folder recordings are kept in.
    var mediaPath: String {
        reader.string(forKey: "media.path", default: MediaFolder.defaultPath)
    }
}
