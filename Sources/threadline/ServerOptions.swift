import ArgumentParser
import Configuration
import Foundation
import Logging
import ThreadlineSite
import ThreadlineWeb

/// Options of the commands that run the web server, layered over the environment and defaults through
/// swift-configuration (flags win, then `HTTP_HOST`, `HTTP_PORT`, … then defaults).
struct ServerOptions: ParsableArguments {
    @Option(help: "The address to listen on (http.host, HTTP_HOST). Default 127.0.0.1.")
    var host: String?

    @Option(help: "The port to listen on (http.port, HTTP_PORT). Default 8080.")
    var port: Int?

    @Option(
        name: .customLong("base-url"),
        help: "The site's public address, for feeds and links (site.base-url, SITE_BASE_URL).")
    var baseURL: String?

    @Option(help: "A folder of .mustache files that replace built-in templates (templates.path, TEMPLATES_PATH).")
    var templates: String?

    @Option(help: "The folder recordings are stored in (media.path, MEDIA_PATH). Default ./threadline-media.")
    var mediaPath: String?

    @Option(
        help:
            "The largest recording accepted, in bytes (media.max-upload-bytes, MEDIA_MAX_UPLOAD_BYTES). Default 2 GiB.")
    var maxUploadBytes: Int?

    @Option(
        name: .customLong("log-level"),
        help: "trace, debug, info, notice, warning, error or critical (log.level, LOG_LEVEL).")
    var logLevel: String?

    @Option(
        name: .customLong("log-format"),
        help: "text, or json for one JSON object per line (log.format, LOG_FORMAT).")
    var logFormat: String?

    @Option(
        name: .customLong("metrics-token"),
        help: "The bearer token a Prometheus scraper presents at /metrics (metrics.token, METRICS_TOKEN).")
    var metricsToken: String?

    /// The configuration reader: these flags, then the environment, then built-in defaults.
    func reader() -> ConfigReader {
        var flags: [AbsoluteConfigKey: ConfigValue] = [:]
        if let host { flags["http.host"] = ConfigValue(.string(host), isSecret: false) }
        if let port { flags["http.port"] = ConfigValue(.int(port), isSecret: false) }
        if let baseURL { flags["site.base-url"] = ConfigValue(.string(baseURL), isSecret: false) }
        if let templates { flags["templates.path"] = ConfigValue(.string(templates), isSecret: false) }
        if let logLevel { flags["log.level"] = ConfigValue(.string(logLevel), isSecret: false) }
        if let logFormat { flags["log.format"] = ConfigValue(.string(logFormat), isSecret: false) }
        if let metricsToken { flags["metrics.token"] = ConfigValue(.string(metricsToken), isSecret: true) }
        if let mediaPath { flags["media.path"] = ConfigValue(.string(mediaPath), isSecret: false) }
        if let maxUploadBytes { flags["media.max-upload-bytes"] = ConfigValue(.int(maxUploadBytes), isSecret: false) }
        return HubConfiguration(flags: flags).reader
    }

    func configuration() -> WebConfiguration {
        WebConfiguration(reader: reader())
    }

    func logger(_ configuration: WebConfiguration) throws -> Logger {
        var logger: Logger
        switch configuration.logFormat.lowercased() {
        case "text": logger = Logger(label: "threadline")
        case "json": logger = Logger(label: "threadline") { label in JSONLogHandler(label: label) }
        default:
            throw ValidationError("--log-format (LOG_FORMAT) is \"\(configuration.logFormat)\"; use text or json.")
        }
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel.lowercased()) ?? .info
        return logger
    }
}
