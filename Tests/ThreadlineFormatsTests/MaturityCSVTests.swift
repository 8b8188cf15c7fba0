import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Maturity CSV")
struct MaturityCSVTests {
    let salford = Place(id: EntityID(UUID()), name: "Salford", slug: "salford", createdAt: Date())
    let wigan = Place(id: EntityID(UUID()), name: "Wigan", slug: "wigan-borough", createdAt: Date())
    let leadership = Enabler(
        id: EntityID(UUID()), number: 1, name: "Leadership", slug: "leadership", createdAt: Date())
    let trust = Enabler(id: EntityID(UUID()), number: 2, name: "Trust", slug: "trust", createdAt: Date())

    func read(_ text: String) -> MaturityCSV.Outcome {
        MaturityCSV.read(text, places: [salford, wigan], enablers: [leadership, trust], scale: .standard)
    }

    @Test("rows of one respondent, place and year form one response; names and numbers both find things")
    func grouping() throws {
        let text = """
            Level,Enabler,Respondent,PLACE,year,role,comment
            3,1,r1,Salford,2024,Officer,"Better, slowly"
            ,trust,r1,salford,2024,Officer,
            4,Leadership,r2,wigan-borough,2024,Volunteer,
            2,2,r1,Salford,2023,Officer,
            """
        guard case .responses(let responses) = read(text) else {
            Issue.record("A good file was refused.")
            return
        }
        #expect(responses.map(\.respondent) == ["r1", "r2", "r1"])
        #expect(responses.map(\.year) == [2024, 2024, 2023])
        #expect(responses[0].answers.map(\.level) == [3, nil])
        #expect(responses[0].answers.map(\.enablerID) == [leadership.id, trust.id])
        #expect(responses[0].answers[0].comment == "Better, slowly")
        #expect(responses[1].placeID == wigan.id)
        #expect(responses.map(\.line) == [2, 4, 5])
    }

    @Test("a header with missing or unknown columns is refused on line 1")
    func header() {
        guard case .problems(let problems) = read("respondent,place,year,rank,enabler\nr1,Salford,2024,x,1") else {
            Issue.record("A wrong header was accepted.")
            return
        }
        #expect(
            problems.map(\.description) == [
                "Line 1: The header's columns are wrong (missing role, level; not known: “rank”). Expected: "
                    + "respondent,place,year,role,enabler,level,comment (comment optional, any order)."
            ])
    }

    @Test("every bad row is reported with its line number")
    func badRows() {
        let text = """
            respondent,place,year,role,enabler,level

            r1,Salford,2024,Officer,1,6
            r1,Atlantis,2024,Officer,2,3
            r2,Salford,twenty,,9,high
            r1,Salford,2024,Officer,1,2
            r3,Salford,2024,Officer
            """
        guard case .problems(let problems) = read(text) else {
            Issue.record("A file with bad rows was accepted.")
            return
        }
        #expect(
            problems.map(\.description) == [
                "Line 3: level 6 is not on the scale (1–5).",
                "Line 4: There is no place “Atlantis”; use a place's name or URL name.",
                "Line 5: The year “twenty” is not a year from 1990 to 2200.",
                "Line 5: The role is blank; say what the respondent's role is.",
                "Line 5: There is no system enabler “9”; use its number or name.",
                "Line 5: The level “high” is not a whole number on the scale (1–5); leave it blank for “don't know”.",
                "Line 7: The row has 4 cells; the header has 6.",
            ])
    }

    @Test("the same enabler twice for one response, and two roles for one respondent, are refused")
    func repeats() {
        let text = """
            respondent,place,year,role,enabler,level
            r1,Salford,2024,Officer,1,2
            r1,Salford,2024,Officer,leadership,3
            r1,Salford,2024,Manager,2,3
            """
        guard case .problems(let problems) = read(text) else {
            Issue.record("Repeated answers were accepted.")
            return
        }
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems.first?.message == "Respondent r1 already rated “Leadership” for Salford in 2024 on line 2.")
    }

    @Test("an empty file, or a header alone, is refused")
    func empty() {
        guard case .problems(let none) = read(""),
            case .problems(let headerOnly) = read(
                "respondent,place,year,role,enabler,level\n")
        else {
            Issue.record("An empty file was accepted.")
            return
        }
        #expect(none.map(\.line) == [1])
        #expect(headerOnly.map(\.message) == ["The file has a header but no answers."])
    }
}
