import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineServices

/// The main pages, byte for byte, as the demo programme renders them on the fixed clock: the proof that a change
/// meant to change no page (a refactor, a faster renderer) changed nothing a reader sees.
///
/// A difference fails with the lines that differ. To accept a change on purpose, read the diff, then run the
/// tests with `THREADLINE_UPDATE_GOLDEN=1`, which rewrites the files in `Golden/`, and commit them with the change.
///
/// Two things in a page are not the page's own and are written as placeholders before comparing: the signed-in
/// session's CSRF token and the test users' random IDs. The pages are compared on SQLite only: PostgreSQL ranks
/// and cuts search snippets its own way, which is the engine's business, not the rendering's.
@Suite("Golden pages", .enabled(if: !TestHub.usesPostgres, "golden pages are held on SQLite"))
struct GoldenPageTests {
    /// The environment variable that rewrites the golden files instead of comparing.
    static let updateVariable = "THREADLINE_UPDATE_GOLDEN"

    /// Where the golden files live, beside this file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Each golden page: its file name and address, and whether it is read signed in (as the editor).
    static let pages: [(name: String, path: String, signedIn: Bool)] = [
        ("home", "/", false),
        ("place", "/places/salford", false),
        ("story", "/stories/salford-leisure-and-youth-service-partnership", false),
        ("testimony", "/testimony/00000000-0000-4000-8000-000000000901", false),
        ("report", "/reports/local-pilot-learning-october-2022", false),
        ("search", "/search?q=trust", false),
        ("not-found", "/no-such-page", false),
        ("workspace-coding", "/workspace/coding/story/00000000-0000-4000-8000-000000000604", true),
        ("workspace-agreement", "/workspace/agreement", true),
        ("workspace-network-results", "/workspace/networks/7e1a0000-0000-4000-8000-000000000002/results", true),
    ]

    @Test("The main pages are unchanged, byte for byte")
    func pagesUnchanged() async throws {
        let updating = ProcessInfo.processInfo.environment[Self.updateVariable] == "1"
        try await Self.withDemoHub { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            for page in Self.pages {
                let response = try await client.execute(
                    uri: page.path, method: .get, headers: page.signedIn ? editor.headers : [:])
                let expectedStatus: HTTPResponse.Status = page.name == "not-found" ? .notFound : .ok
                #expect(response.status == expectedStatus, "\(page.path): \(response.status)")
                let html = Self.normalised(response.text, hub: hub, session: editor)
                let file = Self.folder.appendingPathComponent("\(page.name).html")
                if updating {
                    try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
                    try Data(html.utf8).write(to: file)
                    continue
                }
                guard let golden = try? String(contentsOf: file, encoding: .utf8) else {
                    Issue.record("No golden file \(file.lastPathComponent): run with \(Self.updateVariable)=1")
                    continue
                }
                if html != golden {
                    Issue.record(
                        "\(page.path) differs from Golden/\(page.name).html:\n\(Self.readableDiff(golden, html))")
                }
            }
        }
    }

    @Test("Rendering the same page twice gives the same bytes (nothing random or timed leaks into a page)")
    func deterministic() async throws {
        let first = try await Self.renderAll()
        let second = try await Self.renderAll()
        for (index, page) in Self.pages.enumerated() {
            #expect(first[index] == second[index], "\(page.path) differs between two hubs")
        }
    }

    /// Collects pages rendered inside a hub's closure.
    private actor Collected {
        var pages: [String] = []
        func add(_ page: String) { pages.append(page) }
    }

    /// Every golden page, normalised, rendered on a new demo hub.
    static func renderAll() async throws -> [String] {
        let collected = Collected()
        try await withDemoHub { hub, client in
            let editor = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            for page in pages {
                let text = try await client.execute(
                    uri: page.path, method: .get, headers: page.signedIn ? editor.headers : [:]
                ).text
                await collected.add(normalised(text, hub: hub, session: editor))
            }
        }
        return await collected.pages
    }

    /// A hub with the whole demo (programme, coding, maturity surveys, network waves) and a client over its router.
    ///
    /// Without a PNG rasteriser whether or not this machine has one: a place page offers PNG journeys only where
    /// `rsvg-convert` is installed, and the golden pages must not depend on the machine.
    static func withDemoHub(_ body: @Sendable (TestHub, any TestClientProtocol) async throws -> Void) async throws {
        var made = try await TestHub.make()
        made.dependencies.rasteriser = nil
        let hub = made
        try await hub.store.closing {
            try await DemoCoding.install(store: hub.store, now: TestHub.now)
            try await DemoMaturity.install(store: hub.store, now: TestHub.now)
            try await DemoNetworks.install(store: hub.store, now: TestHub.now)
            let app = Application(router: try await ThreadlineApplication.router(hub.dependencies))
            try await app.test(.router) { client in try await body(hub, client) }
        }
    }

    /// The page with what belongs to the test run rather than the page written as placeholders.
    static func normalised(_ html: String, hub: TestHub, session: SignedInSession) -> String {
        var html = html.replacingOccurrences(of: session.csrfToken, with: "CSRF-TOKEN")
        for (user, name) in [(hub.admin, "ADMIN-ID"), (hub.editor, "EDITOR-ID"), (hub.contributor, "CONTRIBUTOR-ID")] {
            html = html.replacingOccurrences(of: user.id.description, with: name)
        }
        return html
    }

    /// The lines that differ, with two lines of context, numbered as in the golden file; at most 60 lines.
    static func readableDiff(_ golden: String, _ actual: String) -> String {
        let lines = LineDiff.lines(from: golden, to: actual)
        var output: [String] = []
        var goldenLine = 0
        for (index, line) in lines.enumerated() {
            switch line {
            case .same(let text):
                goldenLine += 1
                let near = lines[max(0, index - 2)...min(lines.count - 1, index + 2)].contains {
                    if case .same = $0 { false } else { true }
                }
                if near { output.append("  \(goldenLine): \(text)") }
            case .removed(let text):
                goldenLine += 1
                output.append("- \(goldenLine): \(text)")
            case .added(let text):
                output.append("+ \(goldenLine): \(text)")
            }
        }
        let shown = output.prefix(60).joined(separator: "\n")
        return output.count > 60 ? shown + "\n… and \(output.count - 60) more lines" : shown
    }
}
