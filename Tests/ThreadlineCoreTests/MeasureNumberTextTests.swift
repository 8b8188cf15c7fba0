import Testing
import ThreadlineCore

@Suite struct MeasureNumberTextTests {
    @Test(arguments: [
        (12.0, "12"), (12.5, "12.5"), (1200.0, "1200"), (-3.5, "-3.5"), (0.0, "0"), (-0.0, "0"), (0.1, "0.1"),
        (0.00001, "0.00001"), (1e16, "10000000000000000"), (1.5e-7, "0.00000015"), (123_456.789, "123456.789"),
    ])
    func exactHasNoNeedlessDecimalsOrExponent(value: Double, text: String) {
        #expect(MeasureNumberText.exact(value) == text)
    }

    @Test(arguments: [0.1 + 0.2, 1e300, -2.5e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 7.0 / 3])
    func exactReadsBackAsTheSameDouble(value: Double) {
        let text = MeasureNumberText.exact(value)
        #expect(Double(text) == value)
        #expect(!text.contains("e"))
    }

    @Test(arguments: [
        (12.0, "12"), (12.5, "12.5"), (1200.0, "1,200"), (1_234_567.25, "1,234,567.25"), (-1200.0, "-1,200"),
        (0.1 + 0.2, "0.3"), (2.0 / 3, "0.67"), (999.999, "1,000"), (100.0, "100"),
    ])
    func readableRoundsAndGroups(value: Double, text: String) {
        #expect(MeasureNumberText.readable(value) == text)
    }

    @Test func nonFinite() {
        #expect(MeasureNumberText.exact(.nan) == "nan")
        #expect(MeasureNumberText.exact(-.infinity) == "-inf")
        #expect(MeasureNumberText.readable(.infinity) == "∞")
    }
}
