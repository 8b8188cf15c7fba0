import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyChartTests {
    private func point(_ date: String, _ title: String) -> JourneyChart.Point {
        JourneyChart.Point(date: PartialDate(date)!, title: title)
    }

    @Test func drawsNothingWithoutMilestones() {
        #expect(JourneyChart().svg(title: "Empty", points: []) == nil)
    }

    @Test func matchesTheGoldenDrawing() throws {
        var chart = JourneyChart()
        chart.width = 400
        let svg = try #require(
            chart.svg(
                title: "Stockport's journey",
                points: [point("2022-07", "Steering group disbanded"), point("2020", "Start")])
        )
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="journey-chart" viewBox="0 0 400 200" role="img" \
            aria-labelledby="journey-chart-title journey-chart-desc">
            <title id="journey-chart-title">Stockport&#39;s journey</title>
            <desc id="journey-chart-desc">2020: Start; July 2022: Steering group disbanded</desc>
            <line x1="80" y1="100" x2="320" y2="100" stroke="#0b5394" stroke-width="4"/>
            <g>
            <circle cx="110" cy="100" r="9" fill="#ffffff" stroke="#0b5394" stroke-width="4"/>
            <text x="110" y="58" text-anchor="middle" font-size="15" font-weight="700" fill="#1b1f24">2020</text>
            <text x="110" y="78" text-anchor="middle" font-size="13" fill="#1b1f24">Start</text>
            </g>
            <g>
            <circle cx="290" cy="100" r="9" fill="#ffffff" stroke="#0b5394" stroke-width="4"/>
            <text x="290" y="134" text-anchor="middle" font-size="15" font-weight="700" fill="#1b1f24">July 2022</text>
            <text x="290" y="154" text-anchor="middle" font-size="13" fill="#1b1f24">Steering group disbanded</text>
            </g>
            </svg>
            """
        #expect(svg == expected)
    }

    @Test func escapesTextAndShortensLongTitles() throws {
        let svg = try #require(
            JourneyChart().svg(
                title: "<script>", points: [point("2021-03-05", "A \"very\" long & winding milestone title indeed")])
        )
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("A &quot;very&quot; long &amp; winding…"))
        #expect(svg.contains("5 March 2021"))
    }
}
