import Foundation

@testable import ThreadlineCore

/// A small codebook and helpers shared by the query tests.
enum QueryFixtures {
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    static func codeID(_ number: Int) -> Code.ID { Code.ID(id(number)) }

    /// Systems › Trust, Systems › Leadership, Place, People › Trust (a second "Trust"), Place › Parks.
    static let codes: [Code] = [
        Code(id: codeID(1), name: "Systems", createdAt: date),
        Code(id: codeID(2), parentID: codeID(1), name: "Trust", createdAt: date),
        Code(id: codeID(3), parentID: codeID(1), name: "Leadership", position: 1, createdAt: date),
        Code(id: codeID(4), name: "Place", position: 1, createdAt: date),
        Code(id: codeID(5), name: "People", position: 2, createdAt: date),
        Code(id: codeID(6), parentID: codeID(5), name: "Trust", createdAt: date),
        Code(id: codeID(7), parentID: codeID(4), name: "Parks", createdAt: date),
    ]

    static let resolver = CodeReferenceResolver(codes: codes)

    static func name(_ id: Code.ID) -> String { codes.first { $0.id == id }?.name ?? "?" }

    static func parse(_ json: String) throws(ValidationError) -> CodingQueryExpression {
        let value = try! JSONValue.parse(Data(json.utf8))
        return try CodingQueryExpression(json: value, resolve: resolver.resolve, codePath: resolver.path(of:))
    }

    /// The problems reading `json` gives, or an empty list when it reads.
    static func problems(_ json: String) -> [FieldProblem] {
        do {
            _ = try parse(json)
            return []
        } catch {
            return error.problems
        }
    }

    static let story = CodingSource(story: Story.ID(id(100)))
    static let otherStory = CodingSource(story: Story.ID(id(101)))

    static func coding(
        _ number: Int, code: Int, _ start: Int, _ end: Int, source: CodingSource = story, coder: Int = 900
    ) -> Coding {
        Coding(
            id: Coding.ID(id(number)), codeID: codeID(code), source: source, coderID: Coder.ID(id(coder)),
            start: start, end: end, createdAt: date)
    }
}
