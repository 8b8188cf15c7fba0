import Testing

@testable import ThreadlineCore

@Suite struct MaturityScaleTests {
    @Test func acceptsConsecutiveLevelsWithDescriptors() {
        #expect(MaturityScale.fivePoint.problems.isEmpty)
        let fromZero = MaturityScale(levels: [
            MaturityLevel(value: 0, descriptor: "none"), MaturityLevel(value: 1, descriptor: "some"),
        ])
        #expect(fromZero.problems.isEmpty)
    }

    @Test func needsAtLeastTwoLevels() {
        let one = MaturityScale(levels: [MaturityLevel(value: 1, descriptor: "only")])
        #expect(one.problems.map(\.field) == ["levels"])
        #expect(one.problems.first?.message.contains("has 1") == true)
        #expect(MaturityScale(levels: []).problems.map(\.field) == ["levels"])
    }

    @Test func reportsGapsRepeatsAndDescendingValuesWithTheirPath() {
        let scale = MaturityScale(levels: [
            MaturityLevel(value: 1, descriptor: "a"), MaturityLevel(value: 2, descriptor: "b"),
            MaturityLevel(value: 4, descriptor: "d"), MaturityLevel(value: 4, descriptor: "e"),
            MaturityLevel(value: 3, descriptor: "f"),
        ])
        #expect(
            scale.problems.map(\.field) == ["levels[2].value", "levels[3].value", "levels[4].value"])
        #expect(scale.problems.first?.message.contains("expected 3 after 2, found 4") == true)
    }

    @Test func reportsEmptyDescriptorsWithTheirPath() {
        let scale = MaturityScale(levels: [
            MaturityLevel(value: 1, descriptor: "a"), MaturityLevel(value: 2, descriptor: "b"),
            MaturityLevel(value: 3, descriptor: " \n"), MaturityLevel(value: 4, descriptor: ""),
        ])
        #expect(scale.problems.map(\.field) == ["levels[2].descriptor", "levels[3].descriptor"])
        #expect(
            scale.problems.first?.description
                == "levels[2].descriptor: Level 3 needs a descriptor saying what it means.")
    }

    @Test func survivesValuesAtTheEdgeOfInt() {
        let scale = MaturityScale(levels: [
            MaturityLevel(value: Int.max, descriptor: "a"),
            MaturityLevel(value: Int.min, descriptor: "b"),
        ])
        #expect(scale.problems.map(\.field) == ["levels[1].value"])
    }

    @Test func containsOnlyItsLevels() {
        let scale = MaturityScale.fivePoint
        #expect(scale.contains(1) && scale.contains(5))
        #expect(!scale.contains(0) && !scale.contains(6))
        #expect(scale.descriptor(for: 5) == "embedded")
        #expect(scale.descriptor(for: 6) == nil)
    }
}
