import Foundation
import Testing

@testable import ThreadlineCore

@Suite struct CaseAttributeTests {
    private let now = Date(timeIntervalSince1970: 1_700_000_000)

    private func attribute(_ kind: AttributeKind, choices: [String] = []) -> CaseAttribute {
        CaseAttribute(id: CaseAttribute.ID(UUID()), name: "Role", kind: kind, choices: choices, createdAt: now)
    }

    @Test func valuesAreStoredInOneSpellingPerKind() {
        #expect(attribute(.text).value(from: "  Coach ") == .value("Coach"))
        #expect(attribute(.text).value(from: "   ") == .value(nil))
        #expect(attribute(.number).value(from: "1,200") == .value("1200"))
        #expect(attribute(.number).value(from: "12.50") == .value("12.5"))
        #expect(attribute(.date).value(from: "2024-03-01") == .value("2024-03-01"))
        #expect(attribute(.date).value(from: "2024") == .value("2024"))
        #expect(attribute(.list, choices: ["Coach", "Commissioner"]).value(from: "coach") == .value("Coach"))
    }

    @Test func valuesThatDoNotFitAreRefusedNamingTheAttribute() {
        guard case .problem(let number) = attribute(.number).value(from: "twelve") else {
            Issue.record("a word was read as a number")
            return
        }
        #expect(number.field == "Role")
        #expect(number.message.hasPrefix("Role is a number"))
        guard case .problem(let date) = attribute(.date).value(from: "2024-13-01") else {
            Issue.record("month 13 was read as a date")
            return
        }
        #expect(date.message.contains("YYYY-MM-DD"))
        guard case .problem(let list) = attribute(.list, choices: ["Coach"]).value(from: "Referee") else {
            Issue.record("a value off the list was taken")
            return
        }
        #expect(list.message.contains("\"Coach\"") && list.message.contains("\"Referee\" is not"))
    }

    @Test func aListNeedsDistinctValuesAndOtherKindsNoList() {
        #expect(attribute(.list).problems().map(\.field) == ["choices"])
        #expect(attribute(.list, choices: ["A", "a"]).problems().map(\.message) == ["\"a\" is listed twice."])
        #expect(attribute(.text, choices: ["A"]).problems().map(\.field) == ["choices"])
        #expect(attribute(.list, choices: ["A", "B"]).problems().isEmpty)
        var named = attribute(.text)
        named.name = "case"
        #expect(named.problems().map(\.field) == ["name"])
    }

    @Test func valuesSortByTheirKind() {
        let number = attribute(.number)
        #expect(["10", "9", "100"].sorted(by: number.areInIncreasingOrder) == ["9", "10", "100"])
        let list = attribute(.list, choices: ["Under 18", "18–24", "25–34"])
        #expect(
            ["25–34", "Under 18", "18–24"].sorted(by: list.areInIncreasingOrder) == ["Under 18", "18–24", "25–34"])
    }

    @Test func aCaseChecksItsValuesAgainstTheAttributes() {
        let role = attribute(.list, choices: ["Coach"])
        var item = ResearchCase(id: ResearchCase.ID(UUID()), name: "Ayesha", values: [role.id: "Coach"], createdAt: now)
        #expect(item.problems(attributes: [role]).isEmpty)
        item.values[role.id] = "Referee"
        #expect(item.problems(attributes: [role]).map(\.field) == ["Role"])
        item.values = [CaseAttribute.ID(UUID()): "x"]
        #expect(item.problems(attributes: [role]).map(\.field) == ["values"])
        item.values = [:]
        item.name = " "
        #expect(item.problems(attributes: [role]).map(\.field) == ["name"])
    }
}
