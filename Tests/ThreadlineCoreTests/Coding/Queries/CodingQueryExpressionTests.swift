import Foundation
import Testing

@testable import ThreadlineCore

@Suite struct CodingQueryExpressionParsingTests {
    typealias F = QueryFixtures

    @Test func readsEveryFormOfExpression() throws {
        let expression = try F.parse(
            """
            {"and": ["Leadership", {"or": ["Systems › Trust", "place/parks"]}, {"not": "People / Trust"},
                     {"near": ["Place", "00000000-0000-0000-0000-000000000003"], "within": 10},
                     {"near": ["Place", "Leadership"], "within": "cue"},
                     {"near": ["Place", "Leadership"], "within": "paragraph"},
                     {"near": ["Place", "Leadership"]}]}
            """)
        #expect(
            expression
                == .all([
                    .code(F.codeID(3)), .any([.code(F.codeID(2)), .code(F.codeID(7))]), .not(.code(F.codeID(6))),
                    .near(.code(F.codeID(4)), .code(F.codeID(3)), within: .characters(10)),
                    .near(.code(F.codeID(4)), .code(F.codeID(3)), within: .sameCue),
                    .near(.code(F.codeID(4)), .code(F.codeID(3)), within: .sameParagraph),
                    .near(.code(F.codeID(4)), .code(F.codeID(3)), within: .characters(200)),
                ]))
        #expect(expression.codeIDs == [F.codeID(2), F.codeID(3), F.codeID(4), F.codeID(6), F.codeID(7)])
    }

    @Test func unknownCodeIsNamedWithItsPath() {
        #expect(
            F.problems(#"{"and": ["Place", {"near": ["Trust in leaders", "Place"]}]}"#)
                == [FieldProblem(field: "expression.and[1].near[0]", message: "No code is called “Trust in leaders”.")])
    }

    @Test func ambiguousNameListsTheCodesItCouldMean() {
        let problems = F.problems(#"{"or": ["Place", "trust"]}"#)
        #expect(problems.count == 1)
        #expect(problems.first?.field == "expression.or[1]")
        #expect(
            problems.first?.message
                == "“trust” could mean 2 codes: “People › Trust”, “Systems › Trust”. Write the code's path or ID.")
    }

    @Test func andAndOrNeedTwoParts() {
        #expect(
            F.problems(#"{"and": ["Place"]}"#)
                == [FieldProblem(field: "expression.and", message: "\"and\" needs at least two parts")])
        #expect(
            F.problems(#"{"not": {"or": []}}"#)
                == [FieldProblem(field: "expression.not.or", message: "\"or\" needs at least two parts")])
    }

    @Test func nearNeedsExactlyTwoParts() {
        #expect(
            F.problems(#"{"near": ["Place", "Leadership", "Parks"]}"#)
                == [FieldProblem(field: "expression.near", message: "\"near\" needs exactly two parts (it has 3).")])
    }

    @Test(arguments: ["-1", "2.5", "100001", "\"sentence\"", "true", "null"])
    func withinMustBeCharactersCueOrParagraph(within: String) {
        #expect(
            F.problems(#"{"near": ["Place", "Leadership"], "within": \#(within)}"#)
                == [
                    FieldProblem(
                        field: "expression.within",
                        message:
                            "within must be a whole number of characters from 0 to 100000, or \"cue\" or \"paragraph\""
                    )
                ])
    }

    @Test func withinAtTheLimitsIsAccepted() throws {
        #expect(
            try F.parse(#"{"near": ["Place", "Leadership"], "within": 0}"#)
                == .near(.code(F.codeID(4)), .code(F.codeID(3)), within: .characters(0)))
        #expect(
            try F.parse(#"{"near": ["Place", "Leadership"], "within": 100000}"#)
                == .near(.code(F.codeID(4)), .code(F.codeID(3)), within: .characters(100_000)))
    }

    @Test func unknownKeysAndStrayWithinAreReported() {
        #expect(
            F.problems(#"{"and": ["Place", "Leadership"], "within": 5, "andd": 1}"#)
                == [
                    FieldProblem(
                        field: "expression.andd",
                        message: "\"andd\" is not part of a query: use one of \"and\", \"or\", \"not\" or \"near\" "
                            + "(with \"within\")."),
                    FieldProblem(field: "expression.within", message: "\"within\" only goes with \"near\"."),
                ])
    }

    @Test func objectNeedsExactlyOneOperator() {
        #expect(
            F.problems(#"{}"#)
                == [
                    FieldProblem(
                        field: "expression", message: "The object needs one of \"and\", \"or\", \"not\" or \"near\".")
                ])
        #expect(
            F.problems(#"{"and": ["Place", "Parks"], "or": ["Place", "Parks"]}"#)
                == [
                    FieldProblem(
                        field: "expression",
                        message: "Use one operator per object, not \"and\" and \"or\": nest them instead.")
                ])
    }

    @Test func wrongKindsOfValueAreReported() {
        #expect(
            F.problems(#"{"and": 3}"#)
                == [
                    FieldProblem(field: "expression.and", message: "\"and\" needs a list of expressions, not a number.")
                ])
        #expect(
            F.problems(#"{"or": ["Place", [1], ""]}"#)
                == [
                    FieldProblem(
                        field: "expression.or[1]",
                        message: "Write a code's name, path or ID in quotes, or an object with one of \"and\", "
                            + "\"or\", \"not\" or \"near\", not an array."),
                    FieldProblem(field: "expression.or[2]", message: "Name a code: the text is empty."),
                ])
    }

    @Test func everyProblemIsReportedAtOnce() {
        let problems = F.problems(
            #"{"and": ["Nope", {"not": "Trust"}, {"near": ["Place", "Gone"], "within": "line"}]}"#)
        #expect(
            problems.map(\.field) == [
                "expression.and[0]", "expression.and[1].not", "expression.and[2].within",
                "expression.and[2].near[1]",
            ])
    }

    @Test func deepNestingIsRefused() {
        var json = "\"Place\""
        for _ in 0..<40 { json = "{\"not\": \(json)}" }
        let problems = F.problems(json)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "The expression nests more than 32 levels deep.")
        #expect(problems.first?.field.hasPrefix("expression.not.not") == true)
    }

    @Test func pathPrefixIsUsed() {
        let value: JSONValue = .object(["not": "Nope"])
        #expect(throws: ValidationError([FieldProblem(field: "query.not", message: "No code is called “Nope”.")])) {
            try CodingQueryExpression(json: value, path: "query", resolve: F.resolver.resolve)
        }
    }

    @Test func jsonRoundTrips() throws {
        let expression: CodingQueryExpression = .all([
            .code(F.codeID(2)), .not(.any([.code(F.codeID(4)), .code(F.codeID(7))])),
            .near(.code(F.codeID(3)), .code(F.codeID(4)), within: .sameCue),
            .near(.code(F.codeID(3)), .code(F.codeID(4)), within: .characters(40)),
        ])
        let json = expression.json()
        #expect(try CodingQueryExpression(json: json, resolve: F.resolver.resolve) == expression)
    }
}

@Suite struct CodingQueryExpressionDescriptionTests {
    typealias F = QueryFixtures

    @Test func bracketsCombinationsInsideCombinations() {
        let expression: CodingQueryExpression = .all([
            .code(F.codeID(2)), .near(.code(F.codeID(3)), .code(F.codeID(4)), within: .characters(200)),
        ])
        #expect(expression.description(codeName: F.name) == "Trust AND (Leadership NEAR Place within 200 characters)")
    }

    @Test func describesNotOrAndTheOtherScopes() {
        let expression: CodingQueryExpression = .any([
            .not(.code(F.codeID(4))), .not(.all([.code(F.codeID(3)), .code(F.codeID(7))])),
            .near(.code(F.codeID(3)), .any([.code(F.codeID(4)), .code(F.codeID(7))]), within: .sameCue),
            .near(.code(F.codeID(3)), .code(F.codeID(4)), within: .sameParagraph),
            .near(.code(F.codeID(3)), .code(F.codeID(4)), within: .characters(1)),
        ])
        #expect(
            expression.description(codeName: F.name)
                == "NOT Place OR NOT (Leadership AND Parks) OR (Leadership NEAR (Place OR Parks) in the same cue) OR "
                + "(Leadership NEAR Place in the same paragraph) OR (Leadership NEAR Place within 1 character)")
    }
}

@Suite struct CodeReferenceResolverTests {
    typealias F = QueryFixtures

    @Test func resolvesIDsPathsAndNames() {
        let resolver = F.resolver
        #expect(resolver.resolve("00000000-0000-0000-0000-000000000004") == [F.codeID(4)])
        #expect(resolver.resolve("  systems ›  TRUST ") == [F.codeID(2)])
        #expect(resolver.resolve("People/Trust") == [F.codeID(6)])
        #expect(resolver.resolve("Leadership") == [F.codeID(3)])
        #expect(Set(resolver.resolve("Trust")) == [F.codeID(2), F.codeID(6)])
        #expect(resolver.resolve("Place › Trust").isEmpty)
        #expect(resolver.resolve("00000000-0000-0000-0000-000000000099").isEmpty)
        #expect(resolver.path(of: F.codeID(7)) == "Place › Parks")
    }

    @Test func nameWithASlashIsFoundAsAName() {
        let code = Code(id: F.codeID(50), name: "Health/Care", createdAt: F.date)
        #expect(CodeReferenceResolver(codes: F.codes + [code]).resolve("health/care") == [F.codeID(50)])
    }
}
