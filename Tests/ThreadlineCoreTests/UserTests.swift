import Testing
import ThreadlineCore

@Suite("User rules")
struct UserTests {
    @Test("accepts ordinary email addresses", arguments: ["ana@example.org", "A.N.Other+hub@council.gov.uk", "x@y.co"])
    func validEmails(email: String) {
        #expect(User.emailProblems(email).isEmpty)
    }

    @Test(
        "rejects what is not an email address",
        arguments: [
            "", "ana", "ana@", "@example.org", "ana@example", "ana@.example.org", "ana@example.org.",
            "ana@@example.org", "ana@ex@ample.org", "ana smith@example.org", "ana@example.org\n",
        ]
    )
    func invalidEmails(email: String) {
        let problems = User.emailProblems(email)
        #expect(problems.count == 1)
        #expect(problems.first?.field == "email")
    }

    @Test("rejects an email address longer than 254 characters")
    func longEmail() {
        let domain = "@example.org"
        let fits = String(repeating: "a", count: 254 - domain.count) + domain
        #expect(User.emailProblems(fits).isEmpty)
        #expect(!User.emailProblems("a" + fits).isEmpty)
    }

    @Test("asks for at least 12 characters")
    func minimumLength() {
        #expect(User.passwordProblems(String(repeating: "p", count: 11)).map(\.field) == ["password"])
        #expect(User.passwordProblems(String(repeating: "p", count: 12)).isEmpty)
        #expect(User.passwordProblems("").count == 1)
    }

    @Test("counts characters, not bytes, for the minimum")
    func minimumCountsCharacters() {
        #expect(User.passwordProblems(String(repeating: "é", count: 11)).count == 1)
        #expect(User.passwordProblems(String(repeating: "😀", count: 12)).isEmpty)
    }

    @Test("allows at most 72 bytes, since bcrypt reads no further")
    func maximumBytes() {
        #expect(User.passwordProblems(String(repeating: "p", count: 72)).isEmpty)
        #expect(User.passwordProblems(String(repeating: "p", count: 73)).map(\.field) == ["password"])
        // 37 characters but 74 bytes.
        #expect(User.passwordProblems(String(repeating: "é", count: 37)).count == 1)
        #expect(User.passwordProblems(String(repeating: "😀", count: 18)).isEmpty)
        #expect(User.passwordProblems(String(repeating: "😀", count: 19)).count == 1)
    }

    @Test("roles are ordered contributor < editor < admin")
    func roleOrder() {
        #expect(Role.contributor < Role.editor)
        #expect(Role.editor < Role.admin)
        #expect(Role.allCases.sorted() == [.contributor, .editor, .admin])
    }
}
