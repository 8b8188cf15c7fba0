import Foundation
import Testing

@testable import ThreadlineCharts

@Suite struct HeatmapChartTests {
    @Test func drawsNothingWithoutCellsOrWithMismatchedValues() {
        let chart = HeatmapChart()
        #expect(
            chart.svg(title: "T", rowLabels: [], columnLabels: ["a"], values: [], idPrefix: "h") == nil)
        #expect(
            chart.svg(title: "T", rowLabels: ["r"], columnLabels: [], values: [[]], idPrefix: "h") == nil)
        #expect(
            chart.svg(
                title: "T", rowLabels: ["r"], columnLabels: ["a", "b"], values: [[1]], idPrefix: "h") == nil
        )
    }

    @Test func matchesTheGoldenDrawing() throws {
        var chart = HeatmapChart()
        chart.rowLabelWidth = 100
        chart.columnLabelHeight = 80
        chart.maximumColumnLabelLength = 8
        let svg = try #require(
            chart.svg(
                title: "Codes by place", rowLabels: ["Trust", "Power"],
                columnLabels: ["Salford", "No place at all"],
                values: [[4, 0], [1, 2]], idPrefix: "places"))
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="heatmap-chart" viewBox="0 0 620 216" role="img" \
            aria-labelledby="places-title places-desc">
            <title id="places-title">Codes by place</title>
            <desc id="places-desc">2 rows by 2 columns. Largest: Trust × Salford: 4 codings; \
            Power × No place at all: 2 codings; Power × Salford: 1 coding.</desc>
            <g class="heatmap-column-labels" font-size="13" fill="#1b1f24">
            <text x="128" y="72" transform="rotate(-45 128 72)"><title>Salford</title>Salford</text>
            <text x="184" y="72" transform="rotate(-45 184 72)"><title>No place at all</title>No plac…</text>
            </g>
            <g class="heatmap-row-labels" font-size="13" fill="#1b1f24" text-anchor="end">
            <text x="92" y="101"><title>Trust</title>Trust</text>
            <text x="92" y="133"><title>Power</title>Power</text>
            </g>
            <g class="heatmap-cells" font-size="13" text-anchor="middle">
            <g><title>Trust × Salford: 4 codings</title><rect x="100" y="80" width="56" height="32" fill="#123f6e" \
            stroke="#ffffff"/><text x="128" y="101" fill="#ffffff">4</text></g>
            <g><title>Trust × No place at all: 0 codings</title><rect x="156" y="80" width="56" height="32" \
            fill="#f1f6fb" stroke="#ffffff"/><text x="184" y="101" fill="#1b1f24">0</text></g>
            <g><title>Power × Salford: 1 coding</title><rect x="100" y="112" width="56" height="32" fill="#c9ddf0" \
            stroke="#ffffff"/><text x="128" y="133" fill="#1b1f24">1</text></g>
            <g><title>Power × No place at all: 2 codings</title><rect x="156" y="112" width="56" height="32" \
            fill="#8fb8de" stroke="#ffffff"/><text x="184" y="133" fill="#1b1f24">2</text></g>
            </g>
            <g class="heatmap-legend" font-size="13" fill="#1b1f24">
            <text x="16" y="187">Number of codings:</text>
            <rect x="140" y="172" width="20" height="20" fill="#f1f6fb" stroke="#1b1f24"/><text x="166" y="187">0</text>
            <rect x="236" y="172" width="20" height="20" fill="#c9ddf0" stroke="#1b1f24"/><text x="262" y="187">1</text>
            <rect x="332" y="172" width="20" height="20" fill="#8fb8de" stroke="#1b1f24"/><text x="358" y="187">2</text>
            <rect x="428" y="172" width="20" height="20" fill="#2f6fad" stroke="#1b1f24"/><text x="454" y="187">3</text>
            <rect x="524" y="172" width="20" height="20" fill="#123f6e" stroke="#1b1f24"/><text x="550" y="187">4</text>
            </g>
            </svg>
            """
        #expect(svg == expected)
    }

    @Test func escapesLabelsTitlesAndIds() throws {
        let svg = try #require(
            HeatmapChart().svg(
                title: "<script>", rowLabels: ["A & \"B\""], columnLabels: ["it's <here>"], values: [[3]],
                idPrefix: "9 \"bad\" id"))
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("<title>A &amp; &quot;B&quot;</title>"))
        #expect(svg.contains("<title>it&#39;s &lt;here&gt;</title>"))
        #expect(svg.contains("A &amp; &quot;B&quot; × it&#39;s &lt;here&gt;: 3 codings"))
        #expect(svg.contains("aria-labelledby=\"h9badid-title h9badid-desc\""))
    }

    @Test func givesTwoChartsOnOnePageDistinctIds() throws {
        let chart = HeatmapChart()
        let first = try #require(
            chart.svg(title: "A", rowLabels: ["r"], columnLabels: ["c"], values: [[1]], idPrefix: "first")
        )
        let second = try #require(
            chart.svg(
                title: "A", rowLabels: ["r"], columnLabels: ["c"], values: [[1]], idPrefix: "second"))
        #expect(first.contains("id=\"first-title\"") && first.contains("id=\"first-desc\""))
        #expect(second.contains("id=\"second-title\"") && !second.contains("first-"))
    }

    @Test func keepsEveryShadeReadableForItsTextColour() {
        #expect(HeatmapChart.palette.count == 5)
        for (fill, text) in HeatmapChart.palette {
            #expect(ContrastRatio.between(fill, text) >= 4.5, "\(text) on \(fill)")
        }
        // Light to dark, as a sequential scale should be.
        let luminances = HeatmapChart.palette.map { ContrastRatio.luminance($0.fill) }
        #expect(luminances == luminances.sorted(by: >))
    }

    @Test func splitsCountsIntoSteps() {
        #expect(HeatmapScale(maximum: 0).steps.map(\.text) == ["0"])
        #expect(HeatmapScale(maximum: 1).steps.map(\.text) == ["0", "1"])
        #expect(HeatmapScale(maximum: 10).steps.map(\.text) == ["0", "1–2", "3–5", "6–7", "8–10"])
        let scale = HeatmapScale(maximum: 10)
        #expect([0, 1, 2, 3, 5, 6, 8, 10, -4].map(scale.step(for:)) == [0, 1, 1, 2, 2, 3, 4, 4, 0])
        let huge = HeatmapScale(maximum: Int.max)
        #expect(huge.step(for: Int.max) == 4 && huge.steps.last?.highest == Int.max)
    }
}
