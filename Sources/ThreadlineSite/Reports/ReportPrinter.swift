public import Foundation

/// Prints a published report to PDF through headless Chromium: the report page as the public sees it, with the
/// print stylesheet (A4, a page per section, each clip as its quote, time and address).
///
/// The page is written to a temporary folder beside a copy of the stylesheet, so Chromium needs no server and no
/// network; the folder is removed afterwards.
public struct ReportPrinter: Sendable {
    public let site: PublicSite

    /// Creates a printer over the public site.
    public init(site: PublicSite) {
        self.site = site
    }

    /// Why a report could not be printed, in words for the person who asked.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong and what to do.
        public var description: String
    }

    /// The executable names Chromium goes by, in the order they are tried.
    public static let executableNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Chromium's path: `CHROMIUM_PATH` when set, otherwise the first known name found on `PATH`; `nil` if none.
    public static func chromiumPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["CHROMIUM_PATH"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for name in executableNames {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// What to tell someone whose machine has no Chromium.
    public static let installAdvice =
        "Printing a report needs Chromium, which was not found. Install it (Debian or Ubuntu: "
        + "`sudo apt install chromium`; Fedora: `sudo dnf install chromium`; macOS: `brew install --cask chromium`), "
        + "or set CHROMIUM_PATH to the browser's executable, then run the command again."

    /// The report's page ready to print from a folder: its assets addressed relative to the page.
    public func printableHTML(slug: String) async throws -> String {
        guard let html = try await site.report(slug: slug) else {
            throw Failure(
                description: "There is no published report at /reports/\(slug). Check the URL name; only "
                    + "published reports can be printed.")
        }
        return html.replacingOccurrences(of: "\"/assets/", with: "\"assets/")
    }

    /// Prints the report at `slug` to `output` with the Chromium at `chromium`, stopping it after `timeout`.
    public func printPDF(slug: String, to output: URL, chromium: String, timeout: Duration = .seconds(120))
        async throws
    {
        let html = try await printableHTML(slug: slug)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadline-print-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("assets"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let stylesheet = SiteResources.url("assets/threadline.css") {
            try FileManager.default.copyItem(
                at: stylesheet, to: folder.appendingPathComponent("assets/threadline.css"))
        }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        // Chromium writes beside the target and the file is then renamed over it, so a failed print never leaves
        // half a PDF where one was asked for (a rename within one folder cannot cross file systems).
        let partial = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString.prefix(8)).partial")
        defer { try? FileManager.default.removeItem(at: partial) }
        let messages = folder.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
        let log = try FileHandle(forWritingTo: messages)
        defer { try? log.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--no-pdf-header-footer", "--print-to-pdf-no-header", "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=5000", "--print-to-pdf=\(partial.path)", page.absoluteString,
        ]
        process.standardError = log
        process.standardOutput = log
        do {
            try process.run()
        } catch {
            throw Failure(description: "Chromium at \(chromium) could not be started: \(error.localizedDescription)")
        }
        // A browser that hangs must not hang the command: it is stopped after `timeout`.
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "Chromium did not finish printing within \(timeout); it was stopped.")
        }
        let bytes = (try? Data(contentsOf: partial)) ?? Data()
        guard process.terminationStatus == 0, bytes.starts(with: Data("%PDF".utf8)) else {
            let detail = String(decoding: ((try? Data(contentsOf: messages)) ?? Data()).suffix(2_000), as: UTF8.self)
            throw Failure(
                description: "Chromium could not print the report (exit status \(process.terminationStatus)). "
                    + detail.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if rename(partial.path, output.path) != 0 {
            throw Failure(
                description: "The PDF could not be written to \(output.path): \(String(cString: strerror(errno))).")
        }
    }
}
