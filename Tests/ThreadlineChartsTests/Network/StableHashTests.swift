import Testing

@testable import ThreadlineCharts

@Suite struct StableHashTests {
    /// Test vectors from the FNV reference (draft-eastlake-fnv, appendix C).
    @Test func matchesPublishedFNV1aVectors() {
        #expect(StableHash.fnv1a("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test func keyBoundariesChangeTheHash() {
        #expect(StableHash.fnv1a(keys: ["ab", "c"]) != StableHash.fnv1a(keys: ["a", "bc"]))
    }

    @Test func splitMixIsReproducibleAndInUnitRange() {
        var first = SplitMix64(seed: 7)
        var second = SplitMix64(seed: 7)
        let values = (0..<100).map { _ in first.nextUnit() }
        #expect(values == (0..<100).map { _ in second.nextUnit() })
        #expect(values.allSatisfy { (0..<1).contains($0) })
        // SplitMix64 with seed 0 starts with 0xe220a8397b1dcdaf (Vigna's reference implementation).
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xe220_a839_7b1d_cdaf)
    }

    @Test(arguments: [
        (3.0, 1, "3"), (2.5, 2, "2.5"), (2.75, 2, "2.75"), (-0.04, 1, "0"), (12.345, 1, "12.3"),
        (0.05, 2, "0.05"), (-7.25, 1, "-7.3"), (.nan, 1, "0"), (1e300, 1, "0"),
    ])
    func numbersAreWrittenPlainly(value: Double, decimals: Int, expected: String) {
        #expect(SVGNumber.format(value, decimals: decimals) == expected)
    }
}
