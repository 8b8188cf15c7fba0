import Foundation
import Testing

@testable import ThreadlineCore

@Suite struct AttributeSheetPlanTests {
    private struct CountingIDs: IDGenerator {
        func next() -> UUID { UUID() }
    }

    private let now = Date(timeIntervalSince1970: 1_700_000_000)
    private let role = CaseAttribute(
        id: CaseAttribute.ID(UUID()), name: "Role", kind: .list, choices: ["Coach", "Officer"],
        createdAt: Date(timeIntervalSince1970: 0))
    private let years = CaseAttribute(
        id: CaseAttribute.ID(UUID()), name: "Years involved", kind: .number, createdAt: Date(timeIntervalSince1970: 0))

    private func plan(_ lines: [[String]], cases: [ResearchCase] = []) -> AttributeSheetPlan {
        AttributeSheetPlan(
            rows: lines.enumerated().map { ($0.offset + 1, $0.element) }, attributes: [role, years], cases: cases,
            ids: CountingIDs(), now: now)
    }

    @Test func rowsCreateNewCasesAndUpdateExistingOnes() {
        let ayesha = ResearchCase(
            id: ResearchCase.ID(UUID()), name: "Ayesha", values: [role.id: "Officer", years.id: "2"],
            createdAt: Date(timeIntervalSince1970: 0))
        let result = plan(
            [
                ["Case", "Kind", "role", "Years involved"],
                ["ayesha", "", "Coach", ""],
                ["Bolton Wanderers Trust", "Organisation", "", "1,5"],
                ["", "", "", ""],
            ], cases: [ayesha])
        #expect(result.problems.map(\.line) == [3])
        #expect(result.problems.first?.column == "Years involved")
        #expect(result.problems.first?.message.hasPrefix("Years involved is a number:") == true)
        #expect(result.creations.isEmpty && result.updates.count == 1)
        let fixed = plan(
            [
                ["Case", "Kind", "role", "Years involved"],
                ["ayesha", "", "Coach", ""],
                ["Bolton Wanderers Trust", "Organisation", "", "1.5"],
            ], cases: [ayesha])
        #expect(fixed.problems.isEmpty)
        #expect(fixed.updates.map(\.id) == [ayesha.id])
        #expect(fixed.updates.first?.values == [role.id: "Coach"])
        #expect(fixed.creations.map(\.name) == ["Bolton Wanderers Trust"])
        #expect(fixed.creations.first?.kind == .organisation)
        #expect(fixed.creations.first?.values == [years.id: "1.5"])
    }

    @Test func everyProblemIsListedByLine() {
        let result = plan([
            ["Case", "Role", "Sector", "Role"],
            ["Ayesha", "Referee", "", ""],
            ["Ben", "Coach", "", ""],
            ["ayesha", "Coach", "", ""],
            ["", "Coach", "", ""],
        ])
        let lines = result.problems.map(\.line)
        #expect(lines == [1, 1, 2, 4, 5])
        #expect(result.problems[0].message.contains("repeats"))
        #expect(result.problems[1].column == "Sector")
        #expect(result.problems[2].column == "Role")
        #expect(result.problems[3].message == "\"ayesha\" is named twice: also on line 2. Keep one row per case.")
        #expect(result.problems[4].message == "The case has no name.")
    }

    @Test func aSheetWithoutACaseColumnOrRowsIsRefused() {
        #expect(plan([["Role"], ["Coach"]]).problems.map(\.message).last?.contains("\"Case\"") == true)
        #expect(plan([]).problems.count == 1)
    }
}
