import Foundation
import Testing
import ThreadlineCore

@Suite("Report snapshots")
struct ReportSnapshotTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    func section(_ position: Int, _ body: String, id: ReportSection.ID = .init(UUID())) -> ReportSection {
        ReportSection(
            id: id, reportID: nil, position: position, title: "S\(position)", learningAreaID: .init(UUID()),
            body: body, createdAt: now)
    }

    @Test("sections are kept in reading order and citations follow them")
    func orderAndCitations() throws {
        let clip = Clip.ID(UUID())
        let report = Report(id: .init(UUID()), title: "R", slug: "r", summary: "S", createdAt: now)
        let snapshot = ReportSnapshot(
            report: report,
            sections: [
                section(2, "{{story a}}\n{{questions}}"), section(1, "{{clip \(clip)}}\n\n{{journey wigan}}"),
            ])
        #expect(snapshot.sections.map(\.position) == [1, 2])
        #expect(
            snapshot.citations.map(\.target) == [.clip(clip), .journey(placeSlug: "wigan"), .story(slug: "a")])
        #expect(snapshot.citations.map(\.sectionAnchor) == ["section-1", "section-1", "section-2"])
    }

    @Test("bookkeeping does not count as a change; words do")
    func sameContent() {
        let report = Report(id: .init(UUID()), title: "R", slug: "r", summary: "S", createdAt: now)
        let first = section(1, "Text")
        let snapshot = ReportSnapshot(report: report, sections: [first])
        var touched = report
        touched.updatedAt = now.addingTimeInterval(60)
        touched.status = .published
        var sameSection = first
        sameSection.updatedAt = now.addingTimeInterval(60)
        #expect(snapshot.hasSameContent(as: ReportSnapshot(report: touched, sections: [sameSection])))
        var edited = first
        edited.body = "Text, revised"
        #expect(!snapshot.hasSameContent(as: ReportSnapshot(report: report, sections: [edited])))
        #expect(!snapshot.hasSameContent(as: ReportSnapshot(report: report, sections: [first, section(2, "")])))
        var renamed = report
        renamed.title = "R2"
        #expect(!snapshot.hasSameContent(as: ReportSnapshot(report: renamed, sections: [first])))
    }

    @Test("a report's period reads as a reader expects, and cannot run backwards")
    func period() throws {
        var report = Report(id: .init(UUID()), title: "R", slug: "r", summary: "S", createdAt: now)
        let start: PartialDate = try #require(PartialDate("2021-04"))
        let end: PartialDate = try #require(PartialDate("2022-10"))
        let earlier: PartialDate = try #require(PartialDate("2020"))
        report.periodStart = start
        report.periodEnd = end
        #expect(report.periodText == "April 2021 – October 2022")
        #expect(report.validationProblems().isEmpty)
        report.periodEnd = earlier
        #expect(report.validationProblems().map(\.field) == ["period_end"])
    }
}
