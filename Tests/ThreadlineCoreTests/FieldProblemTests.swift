import Testing
import ThreadlineCore

@Suite("FieldProblem and ValidationError")
struct FieldProblemTests {
    @Test("prefixing puts the path before the field")
    func prefixed() {
        let problem = FieldProblem(field: "title", message: "Title is required.")
        #expect(
            problem.prefixed(by: "stories[3]") == FieldProblem(field: "stories[3].title", message: "Title is required.")
        )
    }

    @Test("prefixing a problem with no field gives the path itself")
    func prefixedEmptyField() {
        let problem = FieldProblem(field: "", message: "Broken.")
        #expect(problem.prefixed(by: "places[2]").field == "places[2]")
    }

    @Test("prefixing with an empty path changes nothing")
    func prefixedEmptyPath() {
        let problem = FieldProblem(field: "date", message: "Not a date.")
        #expect(problem.prefixed(by: "") == problem)
    }

    @Test("prefixes nest")
    func prefixesNest() {
        let problem = FieldProblem(field: "date", message: "Not a date.")
        #expect(problem.prefixed(by: "milestones[0]").prefixed(by: "places[2]").field == "places[2].milestones[0].date")
    }

    @Test("describes itself as field: message")
    func description() {
        #expect(FieldProblem(field: "slug", message: "Taken.").description == "slug: Taken.")
    }

    @Test("check throws every problem and nothing when there are none")
    func check() throws {
        #expect(throws: Never.self) { try ValidationError.check([]) }
        let problems = [
            FieldProblem(field: "title", message: "A"), FieldProblem(field: "slug", message: "B"),
            FieldProblem(field: "title", message: "C"),
        ]
        let error = #expect(throws: ValidationError.self) { try ValidationError.check(problems) }
        #expect(error?.problems == problems)
        #expect(error?.messages(for: "title") == ["A", "C"])
        #expect(error?.messages(for: "body") == [])
        #expect(error?.description == "title: A\nslug: B\ntitle: C")
    }
}
