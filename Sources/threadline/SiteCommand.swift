import ArgumentParser
import Configuration
import Foundation
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// `threadline site --out DIR`: the whole public site as static files, for any static host.
struct SiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the public site as static files: pages, feed, sitemap, media, captions and search.",
        discussion: """
            Pages are rendered exactly as `threadline serve` shows them to the public. Only published items \
            appear, and recordings, captions and transcripts only for testimony whose consent lets the public \
            have them today. Running it again rewrites only files whose bytes changed and deletes files an \
            earlier run wrote that no longer belong; files it did not write are never deleted.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The folder to write the site into (created when missing).")
    var out: String

    @Option(
        name: .customLong("base-url"),
        help: "The site's public address, for the feed, sitemap and robots.txt (site.base-url, SITE_BASE_URL).")
    var baseURL: String?

    @Option(help: "The folder recordings are stored in (media.path, MEDIA_PATH). Default ./threadline-media.")
    var mediaPath: String?

    @Option(help: "A folder of .mustache files that replace built-in templates (templates.path, TEMPLATES_PATH).")
    var templates: String?

    @Flag(help: "Write into a non-empty folder that an earlier `threadline site` did not write.")
    var force = false

    func validate() throws {
        if let baseURL, !Self.isWebAddress(baseURL) {
            throw ValidationError("--base-url must start with http:// or https://, like https://example.org.")
        }
    }

    static func isWebAddress(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://")
    }

    func run() async throws {
        var flags: [AbsoluteConfigKey: ConfigValue] = [:]
        if let baseURL { flags["site.base-url"] = ConfigValue(.string(baseURL), isSecret: false) }
        if let mediaPath { flags["media.path"] = ConfigValue(.string(mediaPath), isSecret: false) }
        if let templates { flags["templates.path"] = ConfigValue(.string(templates), isSecret: false) }
        let configuration = WebConfiguration(reader: HubConfiguration(flags: flags).reader)
        guard Self.isWebAddress(configuration.baseURL) else {
            throw CommandFailure(
                "The site's base URL \(configuration.baseURL) (from SITE_BASE_URL) must start with http:// or https://."
            )
        }
        let store = try await database.openStore(logger: .command())
        let rasteriser = SVGRasteriser.located()
        let summary = try await store.closing {
            do {
                return try await SiteExporter(
                    store: store, configuration: configuration, outputPath: out, force: force, rasteriser: rasteriser
                ).export()
            } catch let error as SiteExportError {
                throw CommandFailure(error.description)
            }
        }
        print("Wrote the site to \(out): \(summary)")
        if let rasteriser {
            print("Journeys were also written as PNG, drawn by \(rasteriser.executablePath).")
        } else {
            print("Journeys were written as SVG only. \(SVGRasteriser.installAdvice)")
        }
    }
}
