import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Journeys embedded in reports")
struct ReportJourneyEmbedTests {
    @Test("a report that embeds a journey twice, beside another section's journey, keeps every id on the page unique")
    func uniqueIDs() async throws {
        try await withApp { hub, client in
            let sectionID = try #require(ReportSection.ID(DemoReport.trustSection))
            var section = try #require(try await hub.store.reportSections.get(sectionID))
            section.body =
                "Stockport, then Stockport again.\n\n{{journey stockport}}\n\nOnce more:\n\n{{journey stockport}}\n"
            try await hub.store.reportSections.update(section)
            _ = try await hub.store.reportVersions.publish(
                try #require(Report.ID(DemoReport.id)), by: nil, at: TestHub.now)

            let html = try await client.execute(uri: DemoReport.url, method: .get).text
            let trust = try #require(htmlSection(html, id: "section-2"))
            for embed in ["e0", "e1"] {
                #expect(trust.contains("id=\"journey-s2-\(embed)-wide-title\""))
                #expect(
                    trust.contains(
                        "aria-labelledby=\"journey-s2-\(embed)-narrow-title journey-s2-\(embed)-narrow-desc\""))
            }
            // Each embed keeps its milestones as a list, the drawing's text alternative.
            #expect(trust.components(separatedBy: "<summary>The milestones as a list</summary>").count == 3)
            // …with each milestone's kind, era and enablers, as the drawing shows them.
            #expect(
                trust.contains(
                    "2020: \(escaped("Local Pilot work lined up with the borough's wider ambitions")) <span class=\"meta\">"
                        + "(Governance · Pilot phase · 1. Strategic leadership enabling collective leadership"))
            // The first section's journey is on the page too.
            #expect(html.contains("id=\"journey-s1-e0-wide-title\""))

            let ids = Self.ids(in: html)
            #expect(ids.count > 10)
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated == [], "ids used more than once")
            #expect(LiveMarkupScanner.problems(in: html) == [])
        }
    }

    /// Every `id="…"` value in `html`, in order.
    static func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.components(separatedBy: "\"").first }
    }
}
