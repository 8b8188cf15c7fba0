import Testing

@testable import ThreadlineCharts

/// Names in a journey are not cut while the drawing has room for them.
@Suite struct JourneyWholeLabelTests {
    @Test func legendNamesWrapInsteadOfBeingCut() {
        let long = "Effective work across and between sectors, with partners who rarely met before"
        let lines = JourneyInfographic.legendLines((enabler: 2, label: long, tooltip: long), available: 960 - 32)
        #expect(lines == [long])
        let narrow = JourneyInfographic.legendLines((enabler: 2, label: long, tooltip: long), available: 360 - 32)
        #expect(narrow.count > 1)
        #expect(narrow.joined(separator: " ") == long)
        let item = JourneyInfographic.legendItem((enabler: 2, label: long, tooltip: long), lines: narrow, x: 16, y: 20)
        #expect(item.contains("<tspan x=\"36\" dy=\"15\">"))
    }
}
