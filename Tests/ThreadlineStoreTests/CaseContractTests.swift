import Foundation
import Testing
import ThreadlineCore
import ThreadlineStore

@Suite("Cases and attributes")
struct CaseContractTests {
    func attribute(_ name: String, _ kind: AttributeKind, choices: [String] = []) -> CaseAttribute {
        CaseAttribute(id: Sample.id(), name: name, kind: kind, choices: choices, createdAt: Sample.now)
    }

    @Test(
        "attributes and cases keep unique names and values that fit; a change that would strand values is refused",
        arguments: StoreEngine.all)
    func casesAndValues(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let role = attribute("Role", .list, choices: ["Coach", "Officer"])
            let years = attribute("Years involved", .number)
            try await store.cases.save(role)
            try await store.cases.save(years)
            #expect(try await store.cases.attributes().map(\.name) == ["Role", "Years involved"])
            #expect(
                await conflictProblems { try await store.cases.save(attribute("ROLE", .text)) }.map(\.field) == ["name"]
            )

            let ayesha = ResearchCase(
                id: Sample.id(), name: "Ayesha", values: [role.id: "Coach", years.id: "3"], createdAt: Sample.now)
            try await store.cases.save(ayesha)
            #expect(try await store.cases.researchCase(ayesha.id)?.values == [role.id: "Coach", years.id: "3"])
            let twin = ResearchCase(id: Sample.id(), name: "ayesha", createdAt: Sample.now)
            #expect(await conflictProblems { try await store.cases.save(twin) }.map(\.field) == ["name"])
            var wrong = ayesha
            wrong.values[role.id] = "Referee"
            await #expect(throws: ValidationError.self) { try await store.cases.save(wrong) }
            #expect(try await store.cases.researchCase(ayesha.id)?.values[role.id] == "Coach")

            var narrowed = role
            narrowed.choices = ["Officer"]
            let problems = await conflictProblems { try await store.cases.save(narrowed) }
            #expect(problems.first?.message.contains("Ayesha") == true)
            #expect(try await store.cases.attributes().first?.choices == ["Coach", "Officer"])

            try await store.cases.deleteAttribute(years.id)
            #expect(try await store.cases.researchCase(ayesha.id)?.values == [role.id: "Coach"])
            try await store.cases.deleteCase(ayesha.id)
            #expect(try await store.cases.cases().isEmpty)
        }
    }

    @Test(
        "sources and stretches of them belong to cases; bad stretches are refused; deleting the source removes them",
        arguments: StoreEngine.all)
    func memberships(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            var story = Sample.story("Monthly meetings")
            story.body = "We met every month. Trust grew slowly."
            try await store.stories.create(story)
            let source = CodingSource(story: story.id)
            let item = ResearchCase(id: Sample.id(), name: "Ayesha", createdAt: Sample.now)
            try await store.cases.save(item)
            try await store.cases.add(
                CaseMembership(id: Sample.id(), caseID: item.id, source: source, createdAt: Sample.now))
            try await store.cases.add(
                CaseMembership(id: Sample.id(), caseID: item.id, source: source, range: 0..<19, createdAt: Sample.now))
            await #expect(throws: ValidationError.self) {
                try await store.cases.add(
                    CaseMembership(id: Sample.id(), caseID: item.id, source: source, createdAt: Sample.now))
            }
            await #expect(throws: ValidationError.self) {
                try await store.cases.add(
                    CaseMembership(
                        id: Sample.id(), caseID: item.id, source: source, range: 10..<500, createdAt: Sample.now))
            }
            await #expect(throws: ValidationError.self) {
                try await store.cases.add(
                    CaseMembership(
                        id: Sample.id(), caseID: item.id, source: CodingSource(story: Sample.id()),
                        createdAt: Sample.now))
            }
            #expect(
                Set(try await store.cases.memberships(of: source).map { $0.range.map { "\($0)" } ?? "whole" }) == [
                    "whole", "0..<19",
                ])
            try await store.stories.delete(story.id)
            #expect(try await store.cases.memberships().isEmpty)
        }
    }

    @Test("an attribute sheet is written whole or not at all", arguments: StoreEngine.all)
    func sheet(engine: StoreEngine) async throws {
        try await engine.withStore { store async throws in
            let role = attribute("Role", .list, choices: ["Coach", "Officer"])
            try await store.cases.save(role)
            let existing = ResearchCase(id: Sample.id(), name: "Ayesha", createdAt: Sample.now)
            try await store.cases.save(existing)
            let good = AttributeSheetPlan(
                rows: [(1, ["Case", "Role"]), (2, ["Ayesha", "Officer"]), (3, ["Ben", "Coach"])],
                attributes: [role], cases: [existing], ids: RandomIDGenerator(), now: Sample.now)
            try await store.cases.apply(good)
            #expect(
                try await store.cases.cases().map { "\($0.name)=\($0.values[role.id] ?? "")" } == [
                    "Ayesha=Officer", "Ben=Coach",
                ])
            let bad = AttributeSheetPlan(
                rows: [(1, ["Case", "Role"]), (2, ["Cara", "Coach"]), (3, ["Dev", "Referee"])],
                attributes: [role], cases: try await store.cases.cases(), ids: RandomIDGenerator(), now: Sample.now)
            await #expect(throws: ValidationError.self) { try await store.cases.apply(bad) }
            #expect(try await store.cases.cases().count == 2)
        }
    }
}
