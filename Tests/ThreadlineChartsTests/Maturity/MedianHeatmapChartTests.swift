import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite("MedianHeatmapChart")
struct MedianHeatmapChartTests {
    let chart = MedianHeatmapChart()

    func svg() throws -> String {
        try #require(
            chart.svg(
                title: "Medians <2024>", rowLabels: ["Salford", "Wigan"], columnLabels: ["Leadership", "Trust"],
                cells: [
                    [MedianHeatmapChart.Cell(median: 3.5, n: 4), nil],
                    [MedianHeatmapChart.Cell(median: 1, n: 1), MedianHeatmapChart.Cell(median: 5, n: 12)],
                ], scale: .standard, idPrefix: "m1"))
    }

    @Test("names itself, describes the grid, and writes the median and n in every cell")
    func accessible() throws {
        let svg = try svg()
        #expect(svg.contains("role=\"img\" aria-labelledby=\"m1-title m1-desc\""))
        #expect(svg.contains("<title id=\"m1-title\">Medians &lt;2024&gt;</title>"))
        #expect(
            svg.contains(
                "<desc id=\"m1-desc\">Median answers for 2 places by 2 system enablers, on a scale from 1 (Not started) "
                    + "to 5 (Embedded); darker is higher. 3 of 4 cells have answers.</desc>"))
        #expect(svg.contains("<title>Salford × Leadership: median 3.5, n 4</title>"))
        #expect(svg.contains(">3.5</text>") && svg.contains(">n 4</text>"))
        #expect(svg.contains("<title>Salford × Trust: no answers</title>"))
        #expect(svg.contains("<title>Wigan × Trust: median 5, n 12</title>"))
        #expect(svg.contains(">5 Embedded</text>"))
    }

    @Test("shades follow the scale: the lowest level lightest, the highest darkest")
    func shades() {
        #expect(chart.shade(1, lowest: 1, highest: 5) == 0)
        #expect(chart.shade(3, lowest: 1, highest: 5) == 2)
        #expect(chart.shade(3.5, lowest: 1, highest: 5) == 3)
        #expect(chart.shade(5, lowest: 1, highest: 5) == 4)
        #expect(chart.shade(9, lowest: 1, highest: 5) == 4)
    }

    @Test("refuses mismatched input")
    func refuses() {
        #expect(
            chart.svg(
                title: "x", rowLabels: ["a"], columnLabels: ["b"], cells: [[nil, nil]], scale: .standard, idPrefix: "x")
                == nil)
        #expect(
            chart.svg(
                title: "x", rowLabels: [], columnLabels: ["b"], cells: [], scale: .standard, idPrefix: "x") == nil)
    }
}
