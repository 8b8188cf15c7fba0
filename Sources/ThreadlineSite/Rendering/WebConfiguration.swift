public import Configuration
import Foundation
import ThreadlineServices
import ThreadlineStore

/// The settings of a running hub, read through swift-configuration: flags, then environment, then defaults.
///
/// | key | environment | default |
/// |---|---|---|
/// | `http.host` | `HTTP_HOST` | `127.0.0.1` |
/// | `http.port` | `HTTP_PORT` | `8080` |
/// | `site.base-url` | `SITE_BASE_URL` | `http://HOST:PORT` |
/// | `session.lifetime-hours` | `SESSION_LIFETIME_HOURS` | `12` |
/// | `templates.path` | `TEMPLATES_PATH` | none (built-in templates) |
/// | `log.level` | `LOG_LEVEL` | `info` |
/// | `media.path` | `MEDIA_PATH` | `./threadline-media` |
/// | `media.max-upload-bytes` | `MEDIA_MAX_UPLOAD_BYTES` | `2147483648` (2 GiB) |
/// | `metrics.token` | `METRICS_TOKEN` | none (`/metrics` answers 404) |
/// | `log.format` | `LOG_FORMAT` | `text` (or `json`, one object per line) |
public struct WebConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// The public address of the site, used in feeds and absolute links.
    public var baseURL: String
    /// How long a workspace sign-in lasts.
    public var sessionLifetimeHours: Double
    /// A folder of `.mustache` files that replace built-in templates of the same name (branding).
    public var templatesPath: String?
    /// The log level name.
    public var logLevel: String
    /// `text` (swift-log's lines) or `json` (one JSON object per line).
    public var logFormat: String
    /// The folder recordings are stored in, by SHA-256.
    public var mediaPath: String
    /// The largest recording accepted, in bytes; a larger upload is refused with 413 before its body is read.
    public var maxUploadBytes: Int64
    /// The bearer token a Prometheus scraper presents at `/metrics`; without one the page does not exist, so a
    /// hub never shows its internals to the public by accident.
    public var metricsToken: String?

    /// The default upload limit: 2 GiB (`MediaLibrary`'s).
    public static let defaultMaxUploadBytes: Int64 = MediaLibrary.defaultMaxUploadBytes

    /// Creates a configuration from explicit values.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        baseURL: String? = nil,
        sessionLifetimeHours: Double = 12,
        templatesPath: String? = nil,
        logLevel: String = "info",
        logFormat: String = "text",
        mediaPath: String = MediaFolder.defaultPath,
        maxUploadBytes: Int64 = WebConfiguration.defaultMaxUploadBytes,
        metricsToken: String? = nil
    ) {
        self.host = host
        self.port = port
        self.baseURL = (baseURL ?? "http://\(host):\(port)").trimmingSuffix("/")
        self.sessionLifetimeHours = sessionLifetimeHours
        self.templatesPath = templatesPath
        self.logLevel = logLevel
        self.logFormat = logFormat
        self.mediaPath = mediaPath
        self.maxUploadBytes = maxUploadBytes
        self.metricsToken = metricsToken.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Reads the configuration from a reader (flags, environment, defaults, in the reader's order).
    public init(reader: ConfigReader) {
        let host = reader.string(forKey: "http.host", default: "127.0.0.1")
        let port = reader.int(forKey: "http.port", default: 8080)
        self.init(
            host: host,
            port: port,
            baseURL: reader.string(forKey: "site.base-url"),
            sessionLifetimeHours: reader.double(forKey: "session.lifetime-hours", default: 12),
            templatesPath: reader.string(forKey: "templates.path"),
            logLevel: reader.string(forKey: "log.level", default: "info"),
            logFormat: reader.string(forKey: "log.format", default: "text"),
            mediaPath: reader.string(forKey: "media.path", default: MediaFolder.defaultPath),
            maxUploadBytes: Int64(
                reader.int(forKey: "media.max-upload-bytes", default: Int(WebConfiguration.defaultMaxUploadBytes))),
            metricsToken: reader.string(forKey: "metrics.token", isSecret: true)
        )
    }

    /// Whether the public address is HTTPS, in which case cookies are marked `Secure`.
    public var usesHTTPS: Bool { baseURL.lowercased().hasPrefix("https://") }
}

extension String {
    public func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
