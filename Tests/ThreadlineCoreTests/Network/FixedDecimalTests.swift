import Testing

@testable import ThreadlineCore

@Suite("fixed decimal formatting")
struct FixedDecimalTests {
    @Test(
        "two decimals, a point and a minus sign, whatever the locale",
        arguments: [
            (0.125, "0.13"), (0.5, "0.50"), (3.1, "3.10"), (-1.234, "-1.23"), (-0.001, "0.00"),
            (0, "0.00"),
            (1234.5, "1234.50"), (0.05, "0.05"), (2.999, "3.00"),
        ]
    )
    func twoPlaces(value: Double, text: String) {
        #expect(FixedDecimal.string(value) == text)
    }

    @Test("other place counts and values that cannot be rounded through an integer")
    func otherCases() {
        #expect(FixedDecimal.string(2.5, places: 0) == "3")
        #expect(FixedDecimal.string(0.0625, places: 3) == "0.063")
        #expect(FixedDecimal.string(.nan) == "nan")
        #expect(FixedDecimal.string(.infinity) == "inf")
        #expect(FixedDecimal.string(1e20) == "1e+20")
    }
}
