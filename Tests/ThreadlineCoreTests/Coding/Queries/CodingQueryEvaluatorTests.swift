import Foundation
import Testing

@testable import ThreadlineCore

@Suite struct CodingQueryEvaluatorTests {
    typealias F = QueryFixtures

    private let trust = CodingQueryExpression.code(F.codeID(2))
    private let leadership = CodingQueryExpression.code(F.codeID(3))
    private let place = CodingQueryExpression.code(F.codeID(4))

    private func ranges(
        _ expression: CodingQueryExpression, _ codings: [Coding], length: Int = 100,
        cues: [Range<Int>] = [], paragraphs: [Range<Int>] = [], coders: Set<Coder.ID>? = nil
    ) -> [Range<Int>] {
        let scope = CodingQueryScope(
            texts: [F.story: .init(length: length, cueRanges: cues, paragraphRanges: paragraphs)], codings: codings,
            coders: coders)
        return CodingQueryEvaluator(scope: scope).passages(matching: expression).map { $0.start..<$0.end }
    }

    @Test func aCodeIsTheUnionOfItsCodingsWithOverlapsAndTouchingMerged() {
        let codings = [
            F.coding(1, code: 2, 10, 20), F.coding(2, code: 2, 15, 30), F.coding(3, code: 2, 30, 35),
            F.coding(4, code: 2, 50, 60), F.coding(5, code: 3, 0, 100),
        ]
        let scope = CodingQueryScope(texts: [F.story: .init(length: 100)], codings: codings)
        let passages = CodingQueryEvaluator(scope: scope).passages(matching: trust)
        #expect(
            passages == [
                QueryPassage(source: F.story, start: 10, end: 35, codingIDs: [1, 2, 3].map { Coding.ID(F.id($0)) }),
                QueryPassage(source: F.story, start: 50, end: 60, codingIDs: [Coding.ID(F.id(4))]),
            ])
    }

    @Test func andIsTheIntersection() {
        let codings = [
            F.coding(1, code: 2, 10, 30), F.coding(2, code: 2, 40, 60), F.coding(3, code: 3, 20, 45),
            F.coding(4, code: 4, 0, 100),
        ]
        #expect(ranges(.all([trust, leadership]), codings) == [20..<30, 40..<45])
        #expect(ranges(.all([trust, leadership, place]), codings) == [20..<30, 40..<45])
        #expect(ranges(.all([trust, .code(F.codeID(7))]), codings).isEmpty)
    }

    @Test func andListsTheCodingsOverlappingEachPassage() {
        let codings = [F.coding(1, code: 2, 10, 30), F.coding(2, code: 3, 20, 45), F.coding(3, code: 7, 0, 100)]
        let scope = CodingQueryScope(texts: [F.story: .init(length: 100)], codings: codings)
        let passages = CodingQueryEvaluator(scope: scope).passages(matching: .all([trust, leadership]))
        #expect(passages.map(\.codingIDs) == [[Coding.ID(F.id(1)), Coding.ID(F.id(2))]])
    }

    @Test func orIsTheUnion() {
        let codings = [F.coding(1, code: 2, 10, 20), F.coding(2, code: 3, 20, 25), F.coding(3, code: 4, 70, 80)]
        #expect(ranges(.any([trust, leadership, place]), codings) == [10..<25, 70..<80])
    }

    @Test func notIsTheRestOfTheText() {
        let codings = [F.coding(1, code: 2, 0, 10), F.coding(2, code: 2, 40, 60)]
        #expect(ranges(.not(trust), codings) == [10..<40, 60..<100])
        #expect(ranges(.all([.not(trust), .any([leadership, place])]), codings).isEmpty)
        // A source in the scope with no codings is all NOT.
        #expect(ranges(.not(trust), []) == [0..<100])
    }

    @Test func notOfASourceWithoutItsTextEndsAtItsLastCoding() {
        let codings = [
            F.coding(1, code: 2, 5, 10, source: F.otherStory), F.coding(2, code: 3, 20, 30, source: F.otherStory),
        ]
        let scope = CodingQueryScope(texts: [:], codings: codings)
        let passages = CodingQueryEvaluator(scope: scope).passages(matching: .not(trust))
        #expect(passages.map { $0.start..<$0.end } == [0..<5, 10..<30])
        #expect(passages.allSatisfy { $0.source == F.otherStory })
    }

    @Test func nearByCharactersKeepsThePassagesOfBothSides() {
        // Trust at 0–10 and 50–60; Place at 25–30 (15 after the first Trust) and 95–100 (35 after the second).
        let codings = [
            F.coding(1, code: 2, 0, 10), F.coding(2, code: 2, 50, 60), F.coding(3, code: 4, 25, 30),
            F.coding(4, code: 4, 95, 100),
        ]
        #expect(ranges(.near(trust, place, within: .characters(15)), codings) == [0..<10, 25..<30])
        #expect(ranges(.near(trust, place, within: .characters(14)), codings).isEmpty)
        #expect(ranges(.near(trust, place, within: .characters(35)), codings) == [0..<10, 25..<30, 50..<60, 95..<100])
        // From Place's side: the second Trust is 20 after the first Place.
        #expect(ranges(.near(place, trust, within: .characters(19)), codings) == [0..<10, 25..<30])
        #expect(ranges(.near(place, trust, within: .characters(20)), codings) == [0..<10, 25..<30, 50..<60])
    }

    @Test func nearWithinZeroMeansTouchingOrOverlapping() {
        let codings = [F.coding(1, code: 2, 0, 10), F.coding(2, code: 4, 10, 20), F.coding(3, code: 4, 21, 30)]
        #expect(ranges(.near(trust, place, within: .characters(0)), codings) == [0..<20])
        #expect(ranges(.near(trust, .code(F.codeID(7)), within: .characters(0)), codings).isEmpty)
    }

    @Test func nearInTheSameCue() {
        // Cues 0–20, 21–40, 41–60. Trust 2–5 and Place 15–18 share the first cue; Trust 42–44 has no Place.
        let codings = [F.coding(1, code: 2, 2, 5), F.coding(2, code: 4, 15, 18), F.coding(3, code: 2, 42, 44)]
        let cues = [0..<20, 21..<40, 41..<60]
        #expect(ranges(.near(trust, place, within: .sameCue), codings, cues: cues) == [2..<5, 15..<18])
        // Without cues nothing is near by cue.
        #expect(ranges(.near(trust, place, within: .sameCue), codings).isEmpty)
    }

    @Test func nearByCueCountsAPassageSpanningTwoCues() {
        // Trust 18–25 touches both the first and second cues; Place 30–35 sits in the second.
        let codings = [F.coding(1, code: 2, 18, 25), F.coding(2, code: 4, 30, 35), F.coding(3, code: 4, 45, 50)]
        let cues = [0..<20, 21..<40, 41..<60]
        #expect(ranges(.near(trust, place, within: .sameCue), codings, cues: cues) == [18..<25, 30..<35])
    }

    @Test func nearInTheSameParagraph() {
        let codings = [
            F.coding(1, code: 2, 2, 5), F.coding(2, code: 4, 30, 35), F.coding(3, code: 2, 60, 65),
            F.coding(4, code: 4, 70, 75),
        ]
        let paragraphs = [0..<40, 55..<80]
        let cues = [0..<10, 20..<40]
        #expect(
            ranges(.near(trust, place, within: .sameParagraph), codings, cues: cues, paragraphs: paragraphs)
                == [2..<5, 30..<35, 60..<65, 70..<75])
        #expect(ranges(.near(trust, place, within: .sameCue), codings, cues: cues, paragraphs: paragraphs).isEmpty)
    }

    @Test func codersFilterWhichCodingsCount() {
        let codings = [F.coding(1, code: 2, 0, 10, coder: 901), F.coding(2, code: 2, 20, 30, coder: 902)]
        #expect(ranges(trust, codings, coders: [Coder.ID(F.id(902))]) == [20..<30])
        #expect(ranges(trust, codings, coders: []).isEmpty)
        #expect(ranges(trust, codings) == [0..<10, 20..<30])
    }

    @Test func includesChildrenCountsDescendantsPassages() {
        // Systems (1) has Trust (2) beneath it; a grandchild (8) of Systems sits under Trust.
        let grandchild = Code(id: F.codeID(8), parentID: F.codeID(2), name: "Trust in data", createdAt: F.date)
        let codings = [F.coding(1, code: 1, 0, 5), F.coding(2, code: 2, 10, 20), F.coding(3, code: 8, 30, 40)]
        let scope = CodingQueryScope(texts: [F.story: .init(length: 100)], codings: codings)
        let systems = CodingQueryExpression.code(F.codeID(1))
        let with = CodingQueryEvaluator(scope: scope, codes: F.codes + [grandchild], includesChildren: true)
        let without = CodingQueryEvaluator(scope: scope, codes: F.codes + [grandchild], includesChildren: false)
        #expect(with.passages(matching: systems).map { $0.start..<$0.end } == [0..<5, 10..<20, 30..<40])
        #expect(with.passages(matching: trust).map { $0.start..<$0.end } == [10..<20, 30..<40])
        #expect(without.passages(matching: systems).map { $0.start..<$0.end } == [0..<5])
        #expect(with.passages(matching: systems).last?.codingIDs == [Coding.ID(F.id(3))])
    }

    @Test func aCycleInTheParentsDoesNotHang() {
        let parents = [F.codeID(2): F.codeID(3), F.codeID(3): F.codeID(2)]
        let scope = CodingQueryScope(
            texts: [F.story: .init(length: 50)], codings: [F.coding(1, code: 2, 0, 5), F.coding(2, code: 3, 10, 15)])
        let evaluator = CodingQueryEvaluator(scope: scope, parentIDs: parents, includesChildren: true)
        #expect(evaluator.passages(matching: trust).map { $0.start..<$0.end } == [0..<5, 10..<15])
    }

    @Test func passagesComeBySourceThenStartAndCodingsAreCutToTheText() {
        let codings = [
            F.coding(1, code: 2, 40, 60, source: F.otherStory), F.coding(2, code: 2, 30, 35),
            F.coding(3, code: 2, 5, 10, source: F.otherStory), F.coding(4, code: 2, -5, 3),
        ]
        let scope = CodingQueryScope(
            texts: [F.story: .init(length: 100), F.otherStory: .init(length: 50)], codings: codings)
        let passages = CodingQueryEvaluator(scope: scope).passages(matching: trust)
        #expect(passages.map(\.source) == [F.story, F.story, F.otherStory, F.otherStory])
        #expect(passages.map { $0.start..<$0.end } == [0..<3, 30..<35, 5..<10, 40..<50])
    }

    @Test func paragraphsAreSplitAtBlankLines() {
        let text = CodableText(text: "One line\nsame paragraph  \n\n  \r\nNext one\n\n", blocks: [])
        let outline = CodingQueryScope.SourceText(text)
        #expect(outline.length == text.length)
        #expect(outline.paragraphRanges == [0..<23, 31..<39])
        #expect(outline.cueRanges.isEmpty)
    }

    @Test func aSourcesBlocksAreItsParagraphs() {
        let text = CodableText(
            text: "Title\nA paragraph",
            blocks: [
                SourceBlock(kind: .heading(level: 1), start: 0, end: 5),
                SourceBlock(kind: .paragraph, start: 6, end: 17),
            ])
        #expect(CodingQueryScope.SourceText(text).paragraphRanges == [0..<5, 6..<17])
    }
}
