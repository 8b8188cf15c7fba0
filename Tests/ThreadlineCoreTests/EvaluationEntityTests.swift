import Foundation
import Testing
import ThreadlineCore

@Suite("Counts and Measures, reflective logs and theories: field rules")
struct EvaluationEntityTests {
    private let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test("a figure is a decimal number; text, units and infinities are refused beside the field")
    func figures() throws {
        let base = IndicatorFigure(
            id: IndicatorFigure.ID(UUID()), placeID: Place.ID(UUID()), indicatorID: Indicator.ID(UUID()),
            period: "2024 H1", value: 12.5, createdAt: now)
        #expect(base.validationProblems().isEmpty)
        var object = try #require(try JSONValue.encoding(base).objectValue)
        object["value"] = .string("£12")
        #expect(IndicatorFigure.schema.problems(in: object).map(\.field) == ["value"])
        object["value"] = .number(.infinity)
        #expect(IndicatorFigure.schema.problems(in: object).map(\.field) == ["value"])
        var wrongPeriod = base
        wrongPeriod.period = "2024-H1"
        #expect(wrongPeriod.validationProblems().map(\.field) == ["period"])
        wrongPeriod.period = "2036 H1"
        #expect(wrongPeriod.validationProblems().map(\.field) == ["period"])
    }

    @Test("decimal text reads numbers as people type them and refuses the ambiguous")
    func decimalText() {
        #expect(DecimalText.number("1,200") == 1_200)
        #expect(DecimalText.number(" -3.5 ") == -3.5)
        #expect(DecimalText.number("12,5") == nil)
        #expect(DecimalText.number("£12") == nil)
        #expect(DecimalText.number("1e999") == nil)
        #expect(MeasureNumberText.exact(1_250.5) == "1250.5")
    }

    @Test("an evidence link cites exactly one item")
    func evidenceLinks() {
        var link = TheoryEvidence(
            id: TheoryEvidence.ID(UUID()), theoryID: ProgrammeTheory.ID(UUID()), stance: .supports, createdAt: now)
        #expect(
            link.validationProblems().map(\.message) == [
                "Choose the evidence: a story, case study, testimony, clip, reflective log or example."
            ])
        link.storyID = Story.ID(UUID())
        #expect(link.validationProblems().isEmpty)
        #expect(link.evidence?.kind == .story)
        link.reflectiveLogID = ReflectiveLog.ID(UUID())
        #expect(link.validationProblems().map(\.field) == ["story_id"])
    }

    @Test("a reflective log is coded as its three questions, each heading before its answer, empty ones left out")
    func codableBody() {
        var log = ReflectiveLog(
            id: ReflectiveLog.ID(UUID()), title: "t", slug: "t", what: "It rained.", nowWhat: "Bring coats.",
            createdAt: now)
        #expect(log.codableBody == "## What?\n\nIt rained.\n\n## Now what?\n\nBring coats.")
        log.soWhat = "Plans need a wet-weather option."
        #expect(log.codableBody.components(separatedBy: "## ").count == 4)
        #expect(CodingSource(kind: .reflectiveLog, id: log.id.rawValue) != nil)
    }

    @Test("the period choices run from 2010 H1 to 2035 H2 in order, spelled canonically")
    func periodChoices() {
        let values = SixMonthPeriod.formChoices.map(\.value)
        #expect(values.first == "2010 H1")
        #expect(values.last == "2035 H2")
        #expect(values.count == 52)
        #expect(values == values.sorted())
        #expect(SixMonthPeriod.formChoices[1].label == "2010 H2 (July–December 2010)")
    }
}
