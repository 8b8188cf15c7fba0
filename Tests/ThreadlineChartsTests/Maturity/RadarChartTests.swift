import Foundation
import Testing

@testable import ThreadlineCharts

@Suite struct RadarChartTests {
    static let axes = ["Leadership", "Workforce", "Learning and adapting", "Power", "Collaboration"]
    static let labels = ["not started", "emerging", "developing", "established", "embedded"]

    func twoYears(_ earlier: [Double?] = [2, 1.5, 3, 2, 2.5]) -> [RadarSeries] {
        [
            RadarSeries(label: "2024", values: [3, 2, 3.5, 2.5, 4], style: .solid),
            RadarSeries(label: "2023", values: earlier, style: .dashed),
        ]
    }

    @Test func drawsNothingFromInputThatCannotMakeAChart() {
        let chart = RadarChart()
        let series = twoYears()
        #expect(
            chart.svg(
                title: "T", axes: ["a", "b"],
                series: [RadarSeries(label: "x", values: [1, 2], style: .solid)],
                scaleMax: 5, scaleLabels: Self.labels, idPrefix: "r") == nil)
        #expect(
            chart.svg(
                title: "T", axes: Self.axes, series: [], scaleMax: 5, scaleLabels: Self.labels,
                idPrefix: "r")
                == nil)
        #expect(
            chart.svg(
                title: "T", axes: Self.axes, series: [RadarSeries(label: "x", values: [1], style: .solid)],
                scaleMax: 5, scaleLabels: Self.labels, idPrefix: "r") == nil)
        #expect(
            chart.svg(
                title: "T", axes: Self.axes, series: series, scaleMax: 0, scaleLabels: [], idPrefix: "r")
                == nil)
        #expect(
            chart.svg(
                title: "T", axes: Self.axes, series: series, scaleMax: 5, scaleLabels: ["one"],
                idPrefix: "r")
                == nil)
    }

    @Test func matchesTheGoldenDrawing() throws {
        var chart = RadarChart()
        chart.radius = 100
        chart.axisLabelRoom = 120
        chart.maximumAxisLabelLength = 14
        let svg = try #require(
            chart.svg(
                title: "Wigan, 2024 against 2023", axes: Self.axes, series: twoYears(), scaleMax: 5,
                scaleLabels: Self.labels, idPrefix: "wigan"))
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="radar-chart" viewBox="0 0 440 340" role="img" \
            aria-labelledby="wigan-title wigan-desc">
            <title id="wigan-title">Wigan, 2024 against 2023</title>
            <desc id="wigan-desc">Medians on a scale from 1 (not started) to 5 (embedded) for 5 axes: Leadership, \
            Workforce, Learning and adapting, Power, Collaboration. 2024: solid line, round markers. 2023: dashed \
            line, square markers.</desc>
            <g class="radar-grid" fill="none" stroke="#767676" stroke-width="1">
            <circle cx="220" cy="140" r="20"><title>Level 1: not started</title></circle>
            <circle cx="220" cy="140" r="40"><title>Level 2: emerging</title></circle>
            <circle cx="220" cy="140" r="60"><title>Level 3: developing</title></circle>
            <circle cx="220" cy="140" r="80"><title>Level 4: established</title></circle>
            <circle cx="220" cy="140" r="100"><title>Level 5: embedded</title></circle>
            <line x1="220" y1="140" x2="220" y2="40"/>
            <line x1="220" y1="140" x2="315.1" y2="109.1"/>
            <line x1="220" y1="140" x2="278.8" y2="220.9"/>
            <line x1="220" y1="140" x2="161.2" y2="220.9"/>
            <line x1="220" y1="140" x2="124.9" y2="109.1"/>
            </g>
            <g class="radar-scale-labels" font-size="11" fill="#1b1f24" text-anchor="end" stroke="#ffffff" \
            stroke-width="3" paint-order="stroke">
            <text x="214" y="132">1 not started</text>
            <text x="214" y="112">2 emerging</text>
            <text x="214" y="92">3 developing</text>
            <text x="214" y="72">4 established</text>
            <text x="214" y="52">5 embedded</text>
            </g>
            <g class="radar-axis-labels" font-size="13" fill="#1b1f24">
            <text x="220" y="26" text-anchor="middle"><title>Leadership</title>Leadership</text>
            <text x="328.4" y="104.8" text-anchor="start"><title>Workforce</title>Workforce</text>
            <text x="287" y="242.2" text-anchor="start"><title>Learning and adapting</title>Learning and…</text>
            <text x="153" y="242.2" text-anchor="end"><title>Power</title>Power</text>
            <text x="111.6" y="104.8" text-anchor="end"><title>Collaboration</title>Collaboration</text>
            </g>
            <g class="radar-series">
            <polygon points="220,80 258,127.6 261.1,196.6 190.6,180.5 143.9,115.3" fill="#1f5f99" \
            fill-opacity="0.08" stroke="#1f5f99" stroke-width="2.5"/>
            <g><title>Leadership, 2024: median 3</title><circle cx="220" cy="80" r="4.5" fill="#1f5f99"/></g>
            <g><title>Workforce, 2024: median 2</title><circle cx="258" cy="127.6" r="4.5" fill="#1f5f99"/></g>
            <g><title>Learning and adapting, 2024: median 3.5</title><circle cx="261.1" cy="196.6" r="4.5" \
            fill="#1f5f99"/></g>
            <g><title>Power, 2024: median 2.5</title><circle cx="190.6" cy="180.5" r="4.5" fill="#1f5f99"/></g>
            <g><title>Collaboration, 2024: median 4</title><circle cx="143.9" cy="115.3" r="4.5" fill="#1f5f99"/></g>
            </g>
            <g class="radar-series">
            <polygon points="220,100 248.5,130.7 255.3,188.5 196.5,172.4 172.4,124.5" fill="#b34d00" \
            fill-opacity="0.08" stroke="#b34d00" stroke-width="2.5" stroke-dasharray="7 5"/>
            <g><title>Leadership, 2023: median 2</title><rect x="216" y="96" width="8" height="8" fill="#b34d00"/></g>
            <g><title>Workforce, 2023: median 1.5</title><rect x="244.5" y="126.7" width="8" height="8" \
            fill="#b34d00"/></g>
            <g><title>Learning and adapting, 2023: median 3</title><rect x="251.3" y="184.5" width="8" height="8" \
            fill="#b34d00"/></g>
            <g><title>Power, 2023: median 2</title><rect x="192.5" y="168.4" width="8" height="8" fill="#b34d00"/></g>
            <g><title>Collaboration, 2023: median 2.5</title><rect x="168.4" y="120.5" width="8" height="8" \
            fill="#b34d00"/></g>
            </g>
            <g class="radar-legend" font-size="13" fill="#1b1f24">
            <line x1="16" y1="280" x2="56" y2="280" stroke="#1f5f99" stroke-width="2.5"/><circle cx="36" cy="280" \
            r="4.5" fill="#1f5f99"/><text x="64" y="285">2024</text>
            <line x1="16" y1="304" x2="56" y2="304" stroke="#b34d00" stroke-width="2.5" stroke-dasharray="7 \
            5"/><rect x="32" y="300" width="8" height="8" fill="#b34d00"/><text x="64" y="309">2023</text>
            </g>
            </svg>
            """
        #expect(svg == expected)
    }
}

extension RadarChartTests {
    @Test func leavesAGapForAMissingValueInsteadOfDrawingZero() throws {
        let svg = try #require(
            RadarChart().svg(
                title: "Gap", axes: Self.axes, series: twoYears([2, nil, 3, 2, .nan]), scaleMax: 5,
                scaleLabels: Self.labels, idPrefix: "gap"))
        // The complete series is still a closed shape; the gappy one is open pieces around its missing spokes.
        #expect(svg.components(separatedBy: "<polygon").count == 2)
        #expect(svg.components(separatedBy: "<polyline").count == 2)
        #expect(!svg.contains("Workforce, 2023"))
        #expect(!svg.contains("Collaboration, 2023"))
        #expect(svg.contains("<title>Learning and adapting, 2023: median 3</title>"))
        #expect(
            svg.contains("2023: dashed line, square markers; no value for Workforce, Collaboration."))
        // Only Learning and adapting (3 → 90 units at 54°) joins Power (2 → 60 units at 126°);
        // Leadership is a lone marker.
        #expect(
            svg.contains("<polyline points=\"352.9,262.8 264.7,238.5\" fill=\"none\" stroke=\"#b34d00\""))
        #expect(svg.components(separatedBy: "<rect").count == 5)  // three markers and the legend's
    }

    @Test func findsRunsAcrossTheWrapAround() {
        #expect(RadarChart.runs(of: [true, true, true]) == [[0, 1, 2]])
        #expect(RadarChart.runs(of: [true, false, true, true]) == [[2, 3, 0]])
        #expect(RadarChart.runs(of: [false, true, false, true, true]) == [[1], [3, 4]])
        #expect(RadarChart.runs(of: [false, false, false]).isEmpty)
    }

    @Test func drawsValuesOutsideTheScaleAtTheEdgeButTitlesThemAsTheyAre() throws {
        let series = [RadarSeries(label: "odd", values: [9, -1, 5, 0, 1], style: .solid)]
        let svg = try #require(
            RadarChart().svg(
                title: "Odd", axes: Self.axes, series: series, scaleMax: 5, scaleLabels: Self.labels,
                idPrefix: "odd"))
        #expect(svg.contains("<title>Leadership, odd: median 9</title><circle cx=\"300\" cy=\"40\""))
        #expect(svg.contains("<title>Workforce, odd: median -1</title><circle cx=\"300\" cy=\"190\""))
    }

    @Test func escapesLabelsTitlesAndIds() throws {
        let series = [RadarSeries(label: "<b>2024</b>", values: [1, 2, 3], style: .solid)]
        let svg = try #require(
            RadarChart().svg(
                title: "<script>alert(1)</script>", axes: ["A & \"B\"", "it's", "<c>"], series: series,
                scaleMax: 2, scaleLabels: ["low & \"slow\"", "<high>"], idPrefix: "9 \"bad\" id"))
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>") && !svg.contains("<c>") && !svg.contains("<high>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("<title>A &amp; &quot;B&quot;</title>"))
        #expect(svg.contains("<title>it&#39;s, &lt;b&gt;2024&lt;/b&gt;: median 2</title>"))
        #expect(svg.contains("<title>Level 1: low &amp; &quot;slow&quot;</title>"))
        #expect(svg.contains("aria-labelledby=\"r9badid-title r9badid-desc\""))
        #expect(svg.contains("<title id=\"r9badid-title\">"))
    }

    @Test func givesTwoChartsOnOnePageDistinctIds() throws {
        let chart = RadarChart()
        let first = try #require(
            chart.svg(
                title: "A", axes: Self.axes, series: twoYears(), scaleMax: 5, scaleLabels: Self.labels,
                idPrefix: "wigan-2024"))
        let second = try #require(
            chart.svg(
                title: "B", axes: Self.axes, series: twoYears(), scaleMax: 5, scaleLabels: Self.labels,
                idPrefix: "bolton-2024"))
        #expect(first.contains("id=\"wigan-2024-title\"") && first.contains("id=\"wigan-2024-desc\""))
        #expect(second.contains("aria-labelledby=\"bolton-2024-title bolton-2024-desc\""))
        let ids = { (svg: String) in
            Set(
                svg.components(separatedBy: "id=\"").dropFirst().compactMap {
                    $0.split(separator: "\"").first
                })
        }
        #expect(ids(first).isDisjoint(with: ids(second)))
        #expect(ids(first).count == 2)
        #expect(RadarChart.identifier("") == "r")
    }

    @Test func isDeterministic() {
        let draw = {
            RadarChart().svg(
                title: "A", axes: Self.axes, series: twoYears(), scaleMax: 5, scaleLabels: Self.labels,
                idPrefix: "x")
        }
        #expect(draw() == draw())
    }

    @Test func shortensLongAxisLabelsButKeepsTheFullTextInTheTitle() {
        #expect(RadarChart.shortened("Learning and adapting", to: 14) == "Learning and…")
        #expect(RadarChart.shortened("Power", to: 14) == "Power")
    }

    @Test func paletteAndInkKeepAtLeastThreeToOneAgainstWhite() throws {
        let colours = RadarChart.palette + [RadarChart.gridColour, RadarChart.textColour]
        for colour in colours {
            let ratio = try #require(CheckedContrastRatio.between(colour, "#ffffff"))
            #expect(ratio >= 3, "\(colour) has \(ratio):1 against white")
        }
        // The helper itself: black on white is the WCAG maximum, 21:1; a too-light grey fails.
        #expect(abs((CheckedContrastRatio.between("#000000", "#ffffff") ?? 0) - 21) < 0.001)
        #expect((CheckedContrastRatio.between("#cccccc", "#ffffff") ?? 0) < 3)
    }
}
