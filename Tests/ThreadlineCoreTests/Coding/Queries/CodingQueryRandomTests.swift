import Foundation
import Testing

@testable import ThreadlineCore

/// The evaluator against a naive model that marks each scalar true or false, on random small cases.
@Suite struct CodingQueryRandomTests {
    typealias F = QueryFixtures

    /// The model's answer: one Bool per scalar.
    private static func model(
        _ expression: CodingQueryExpression, codes: [Code.ID: [Bool]], length: Int, cues: [Range<Int>],
        paragraphs: [Range<Int>]
    ) -> [Bool] {
        func value(_ part: CodingQueryExpression) -> [Bool] {
            model(part, codes: codes, length: length, cues: cues, paragraphs: paragraphs)
        }
        switch expression {
        case .code(let id):
            return codes[id] ?? Array(repeating: false, count: length)
        case .all(let parts):
            return parts.map(value).reduce(Array(repeating: true, count: length)) { zip($0, $1).map { $0 && $1 } }
        case .any(let parts):
            return parts.map(value).reduce(Array(repeating: false, count: length)) { zip($0, $1).map { $0 || $1 } }
        case .not(let part):
            return value(part).map { !$0 }
        case .near(let first, let second, let scope):
            let a = runs(value(first))
            let b = runs(value(second))
            func isNear(_ x: Range<Int>, _ y: Range<Int>) -> Bool {
                switch scope {
                case .characters(let count):
                    let gap = max(0, y.lowerBound - x.upperBound, x.lowerBound - y.upperBound)
                    return gap <= count
                case .sameCue, .sameParagraph:
                    let segments = scope == .sameCue ? cues : paragraphs
                    return segments.contains { $0.overlaps(x) && $0.overlaps(y) }
                }
            }
            var result = Array(repeating: false, count: length)
            for x in a where b.contains(where: { isNear(x, $0) }) { for i in x { result[i] = true } }
            for y in b where a.contains(where: { isNear(y, $0) }) { for i in y { result[i] = true } }
            return result
        }
    }

    /// The maximal runs of true.
    private static func runs(_ marks: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (index, mark) in marks.enumerated() {
            if mark, start == nil { start = index }
            if !mark, let first = start {
                result.append(first..<index)
                start = nil
            }
        }
        if let first = start { result.append(first..<marks.count) }
        return result
    }

    private static func randomExpression(
        depth: Int, codes: [Code.ID], using random: inout SeededGenerator
    ) -> CodingQueryExpression {
        let choice = depth >= 3 ? 0 : Int.random(in: 0..<6, using: &random)
        func part() -> CodingQueryExpression { randomExpression(depth: depth + 1, codes: codes, using: &random) }
        switch choice {
        case 0, 1: return .code(codes.randomElement(using: &random)!)
        case 2: return .all((0..<Int.random(in: 2...3, using: &random)).map { _ in part() })
        case 3: return .any((0..<Int.random(in: 2...3, using: &random)).map { _ in part() })
        case 4: return .not(part())
        default:
            let scopes: [CodingQueryExpression.NearScope] = [
                .characters(Int.random(in: 0...6, using: &random)), .sameCue, .sameParagraph,
            ]
            let a = part()
            return .near(a, part(), within: scopes.randomElement(using: &random)!)
        }
    }

    private static func randomSegments(length: Int, using random: inout SeededGenerator) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var position = 0
        while position < length {
            let end = min(length, position + Int.random(in: 1...10, using: &random))
            segments.append(position..<end)
            position = end + Int.random(in: 0...2, using: &random)
        }
        return segments
    }

    @Test func evaluatorAgreesWithThePerScalarModel() {
        var random = SeededGenerator(seed: 20_261_207)
        let codeIDs = (1...4).map { F.codeID($0) }
        let coders = [Coder.ID(F.id(901)), Coder.ID(F.id(902))]
        var checkedPassages = 0
        for caseNumber in 0..<200 {
            let sources = [F.story, F.otherStory]
            var texts: [CodingSource: CodingQueryScope.SourceText] = [:]
            var codings: [Coding] = []
            for source in sources {
                let length = Int.random(in: 1...40, using: &random)
                texts[source] = .init(
                    length: length, cueRanges: Self.randomSegments(length: length, using: &random),
                    paragraphRanges: Self.randomSegments(length: length, using: &random))
                for _ in 0..<Int.random(in: 0...8, using: &random) {
                    let start = Int.random(in: 0..<length, using: &random)
                    let end = Int.random(in: (start + 1)...min(length, start + 12), using: &random)
                    codings.append(
                        Coding(
                            id: Coding.ID(F.id(codings.count + 1)), codeID: codeIDs.randomElement(using: &random)!,
                            source: source, coderID: coders.randomElement(using: &random)!, start: start, end: end,
                            createdAt: F.date))
                }
            }
            let onlyFirstCoder = Bool.random(using: &random)
            let counted = onlyFirstCoder ? Set([coders[0]]) : nil
            // A random expression, and NEAR between two codes by each scope, which nesting reaches less often.
            let (first, second) = (codeIDs.randomElement(using: &random)!, codeIDs.randomElement(using: &random)!)
            let expressions: [CodingQueryExpression] = [
                Self.randomExpression(depth: 0, codes: codeIDs, using: &random),
                .near(.code(first), .code(second), within: .characters(Int.random(in: 0...4, using: &random))),
                .near(.code(first), .code(second), within: .sameCue),
                .near(.code(first), .not(.code(second)), within: .sameParagraph),
            ]
            let scope = CodingQueryScope(texts: texts, codings: codings, coders: counted)
            for expression in expressions {
                let passages = CodingQueryEvaluator(scope: scope).passages(matching: expression)

                for source in sources.sorted() {
                    let text = texts[source]!
                    var marks: [Code.ID: [Bool]] = [:]
                    for coding in codings where coding.source == source && (counted?.contains(coding.coderID) ?? true) {
                        var row = marks[coding.codeID] ?? Array(repeating: false, count: text.length)
                        for index in coding.start..<coding.end { row[index] = true }
                        marks[coding.codeID] = row
                    }
                    let expected = Self.runs(
                        Self.model(
                            expression, codes: marks, length: text.length, cues: text.cueRanges,
                            paragraphs: text.paragraphRanges))
                    let found = passages.filter { $0.source == source }.map { $0.start..<$0.end }
                    #expect(found == expected, "case \(caseNumber), \(source): \(expression)")
                    checkedPassages += found.count
                }
                // Sources come in order, each passage listing exactly the counted codings of the query's codes it overlaps.
                #expect(passages.map(\.source) == passages.map(\.source).sorted())
                for passage in passages {
                    let overlapping = codings.filter {
                        $0.source == passage.source && expression.codeIDs.contains($0.codeID)
                            && (counted?.contains($0.coderID) ?? true) && $0.start < passage.end
                            && passage.start < $0.end
                    }
                    #expect(Set(passage.codingIDs) == Set(overlapping.map(\.id)))
                    #expect(passage.codingIDs.count == overlapping.count)
                }
            }
        }
        #expect(checkedPassages > 500)
    }
}
