import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineSite

@Suite("Printing reports")
struct ReportPrintTests {
    @Test("The print stylesheet sets A4, a page per section, hides players and prints each clip's address")
    func stylesheet() async throws {
        try await withApp { _, client in
            let css = try await client.execute(uri: "/assets/threadline.css", method: .get).text
            let print = try #require(css.range(of: "@media print").map { String(css[$0.lowerBound...]) })
            #expect(print.contains("@page { size: A4"))
            #expect(print.contains(".report-section { break-before: page"))
            #expect(print.contains("audio, video"))
            #expect(print.contains(".print-only { display: inline; }"))
            let report = try await client.execute(uri: DemoReport.url, method: .get).text
            #expect(report.contains("<span class=\"print-only\"> · Listen at https://hub.test/clips/"))
        }
    }

    @Test("Without Chromium the command says how to install it; a bad CHROMIUM_PATH is not used")
    func locating() {
        #expect(ReportPrinter.chromiumPath(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(ReportPrinter.chromiumPath(environment: ["CHROMIUM_PATH": "/nonexistent/chromium"]) == nil)
        #expect(ReportPrinter.installAdvice.contains("apt install chromium"))
        #expect(ReportPrinter.installAdvice.contains("CHROMIUM_PATH"))
    }

    @Test("An unknown or draft report is refused by name before Chromium is started")
    func unknownReport() async throws {
        let hub = try await TestHub.make()
        try await hub.store.closing {
            let site = PublicSite(store: hub.store, renderer: try await PageRenderer(), baseURL: "https://example.org")
            await #expect(throws: ReportPrinter.Failure.self) {
                try await ReportPrinter(site: site).printableHTML(slug: "no-such-report")
            }
            let html = try await ReportPrinter(site: site).printableHTML(slug: DemoReport.slug)
            #expect(html.contains("href=\"assets/threadline.css\""))
            #expect(!html.contains("\"/assets/"))
        }
    }

    @Test(
        "threadline report pdf writes an A4 PDF through headless Chromium",
        .enabled(if: ReportPrinter.chromiumPath() != nil, "Chromium is not installed here; .ci/run installs it"))
    func pdf() async throws {
        let chromium = try #require(ReportPrinter.chromiumPath())
        let hub = try await TestHub.make()
        try await hub.store.closing {
            let site = PublicSite(store: hub.store, renderer: try await PageRenderer(), baseURL: "https://example.org")
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("threadline-pdf-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let output = folder.appendingPathComponent("report.pdf")
            try await ReportPrinter(site: site).printPDF(slug: DemoReport.slug, to: output, chromium: chromium)
            let bytes = try Data(contentsOf: output)
            #expect(bytes.starts(with: Data("%PDF".utf8)))
            let text = String(decoding: bytes, as: UTF8.self)
            // A4 is 595 × 842 points; Chromium writes it as 594.96 × 841.92.
            #expect(text.contains("/MediaBox [0 0 594.9") || text.contains("/MediaBox [0 0 595"))
            // A page per section after the opening page, and one for the evidence: at least five pages.
            let pages = try NSRegularExpression(pattern: "/Type\\s*/Page[^s]")
                .numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(pages >= 5, "\(pages) pages")
        }
    }
}
