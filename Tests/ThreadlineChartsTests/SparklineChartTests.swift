import Foundation
import Testing

@testable import ThreadlineCharts

@Suite struct SparklineChartTests {
    private func points(_ values: [Double?], from year: Int = 2023) -> [SparklinePoint] {
        values.enumerated().map { index, value in
            SparklinePoint(label: "\(year + index / 2) H\(index % 2 + 1)", value: value)
        }
    }

    private func svg(_ values: [Double?], unit: String = "people") -> String {
        SparklineChart().svg(points: points(values), title: "Partners engaged, Bolton", unit: unit, idPrefix: "p")
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func goldenSeriesWithAGap() {
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width="120" height="32" viewBox="0 0 120 32" \
            role="img" aria-labelledby="bolton-partners-title bolton-partners-desc">
            <title id="bolton-partners-title">Partners engaged, Bolton</title>
            <desc id="bolton-partners-desc">From 12 people in 2023 H1 to 30 people in 2024 H2; highest 30 (2024 H2), \
            lowest 12 (2023 H1); no figure for 2024 H1.</desc>
            <polyline points="4,28 41.33,17.33" fill="none" stroke="#1f5f99" stroke-width="1.5" \
            stroke-linejoin="round" stroke-linecap="round"/>
            <circle class="sparkline-last" cx="116" cy="4" r="2" fill="#1f5f99"/>
            <circle class="sparkline-high" cx="116" cy="4" r="3.5" fill="none" stroke="#1f5f99" stroke-width="1"/>
            <circle class="sparkline-low" cx="4" cy="28" r="3.5" fill="none" stroke="#1f5f99" stroke-width="1"/>
            </svg>
            """
        let drawn = SparklineChart().svg(
            points: points([12, 20, nil, 30]), title: "Partners engaged, Bolton", unit: "people",
            idPrefix: "bolton-partners")
        #expect(drawn == expected)
    }

    @Test func goldenFullSeries() {
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="sparkline" width="60" height="20" viewBox="0 0 60 20" \
            role="img" aria-labelledby="s1-title s1-desc">
            <title id="s1-title">Rate</title>
            <desc id="s1-desc">From 5% in 2023 H1 to 2.5% in 2024 H1; highest 10 (2023 H2), lowest 2.5 (2024 H1).</desc>
            <polyline points="4,12 30,4 56,16" fill="none" stroke="#1f5f99" stroke-width="1.5" \
            stroke-linejoin="round" stroke-linecap="round"/>
            <circle class="sparkline-last" cx="56" cy="16" r="2" fill="#1f5f99"/>
            <circle class="sparkline-high" cx="30" cy="4" r="3.5" fill="none" stroke="#1f5f99" stroke-width="1"/>
            <circle class="sparkline-low" cx="56" cy="16" r="3.5" fill="none" stroke="#1f5f99" stroke-width="1"/>
            </svg>
            """
        let drawn = SparklineChart(width: 60, height: 20).svg(
            points: points([5, 10, 2.5]), title: "Rate", unit: "%", idPrefix: "1")
        #expect(drawn == expected)
    }

    @Test func aMissingValueLeavesAGapNeverAZero() {
        // 10, missing, 20, 30: index 0 stands alone, indices 2 and 3 make a line; nothing at index 1's x (41.33).
        let drawn = svg([10, nil, 20, 30])
        #expect(count("<polyline", in: drawn) == 1)
        #expect(drawn.contains("<polyline points=\"78.67,16 116,4\""))
        #expect(drawn.contains("<circle class=\"sparkline-point\" cx=\"4\" cy=\"28\" r=\"1.5\""))
        #expect(!drawn.contains("41.33"))
        #expect(drawn.contains("no figure for 2023 H2."))
    }

    @Test func nonFiniteValuesAreGapsToo() {
        let drawn = svg([10, .nan, 20, .infinity])
        #expect(count("<polyline", in: drawn) == 0)
        #expect(drawn.contains("no figures for 2023 H2 and 2024 H2."))
        #expect(!drawn.contains("nan") && !drawn.contains("inf"))
    }

    @Test func singlePointIsADotOnTheMiddleLine() {
        let drawn = svg([nil, 5])
        #expect(count("<polyline", in: drawn) == 0)
        #expect(drawn.contains("<circle class=\"sparkline-last\" cx=\"116\" cy=\"16\" r=\"2\""))
        #expect(!drawn.contains("sparkline-high") && !drawn.contains("sparkline-low"))
        #expect(drawn.contains("<desc id=\"p-desc\">5 people in 2023 H2; no figure for 2023 H1.</desc>"))
        let alone = svg([5])
        #expect(alone.contains("<circle class=\"sparkline-last\" cx=\"60\" cy=\"16\" r=\"2\""))
        #expect(alone.contains("<desc id=\"p-desc\">5 people in 2023 H1.</desc>"))
    }

    @Test func flatSeriesDrawsAMiddleLine() {
        let drawn = svg([7, 7, 7])
        #expect(drawn.contains("<polyline points=\"4,16 60,16 116,16\""))
        #expect(!drawn.contains("sparkline-high") && !drawn.contains("sparkline-low"))
        #expect(drawn.contains("<desc id=\"p-desc\">Steady at 7 people from 2023 H1 to 2024 H1.</desc>"))
    }

    @Test func emptyAndAllMissingDrawNothingButSaySo() {
        for values in [[], [nil, nil]] as [[Double?]] {
            let drawn = svg(values)
            #expect(!drawn.contains("<polyline") && !drawn.contains("<circle"))
            #expect(drawn.contains("<title id=\"p-title\">Partners engaged, Bolton</title>"))
            #expect(drawn.hasSuffix("</desc>\n</svg>"))
        }
        #expect(svg([]).contains("<desc id=\"p-desc\">No figures.</desc>"))
        #expect(svg([nil, nil]).contains("<desc id=\"p-desc\">No figures for 2023 H1 and 2023 H2.</desc>"))
    }

    @Test func hostileTextIsEscaped() {
        let drawn = SparklineChart().svg(
            points: [SparklinePoint(label: "<b>\"H1\" & 'H2'", value: 3)],
            title: "<script>alert(\"x\")</script> & 'more'", unit: "<i>", idPrefix: "\"><script>")
        #expect(!drawn.contains("<script"))
        #expect(!drawn.contains("<b>") && !drawn.contains("<i>"))
        #expect(drawn.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</title>"))
        #expect(drawn.contains(">3 &lt;i&gt; in &lt;b&gt;&quot;H1&quot; &amp; &#39;H2&#39;.</desc>"))
        #expect(drawn.contains("aria-labelledby=\"script-title script-desc\""))
    }

    @Test func idsComeFromThePrefixAndAreReferenced() throws {
        let drawn = SparklineChart().svg(points: points([1, 2]), title: "T", unit: "", idPrefix: "row 7: Bolton")
        #expect(drawn.contains("aria-labelledby=\"row7Bolton-title row7Bolton-desc\""))
        #expect(drawn.contains("<title id=\"row7Bolton-title\">"))
        #expect(drawn.contains("<desc id=\"row7Bolton-desc\">"))
        let numbered = SparklineChart().svg(points: [], title: "T", unit: "", idPrefix: "42")
        #expect(numbered.contains("<title id=\"s42-title\">"))
        let other = SparklineChart().svg(points: [], title: "T", unit: "", idPrefix: "row-8")
        #expect(other.contains("id=\"row-8-title\"") && !other.contains("row7Bolton"))
    }

    @Test func sizeIsConfigurableWithinLimits() {
        let large = SparklineChart(width: 200, height: 40).svg(
            points: points([1, 2]), title: "T", unit: "", idPrefix: "a")
        #expect(large.contains("width=\"200\" height=\"40\" viewBox=\"0 0 200 40\""))
        #expect(large.contains("points=\"4,36 196,4\""))
        let clamped = SparklineChart(width: -5, height: 1_000_000)
        #expect(clamped.width == 16 && clamped.height == 500)
    }

    @Test func colourHasAtLeastThreeToOneContrastAgainstWhite() throws {
        // WCAG 2.x relative luminance and contrast ratio.
        let hex = SparklineChart.colour.dropFirst()
        let value = try #require(Int(hex, radix: 16))
        func channel(_ shift: Int) -> Double {
            let c = Double((value >> shift) & 0xFF) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
        let ratio = 1.05 / (luminance + 0.05)
        #expect(ratio >= 3)
    }
}

@Suite struct SparklineDescriptionTests {
    @Test func theBriefsExample() {
        let points = [
            SparklinePoint(label: "2023 H1", value: 12), SparklinePoint(label: "2023 H2", value: 20),
            SparklinePoint(label: "2024 H1", value: nil), SparklinePoint(label: "2024 H2", value: 30),
        ]
        #expect(
            SparklineChart.description(of: points, unit: "people")
                == "From 12 people in 2023 H1 to 30 people in 2024 H2; highest 30 (2024 H2), lowest 12 (2023 H1); "
                + "no figure for 2024 H1.")
    }

    @Test func numbersHaveNoNeedlessDecimals() {
        let points = [
            SparklinePoint(label: "A", value: 1200), SparklinePoint(label: "B", value: 12.5),
            SparklinePoint(label: "C", value: 0.1 + 0.2),
        ]
        #expect(
            SparklineChart.description(of: points, unit: " ")
                == "From 1,200 in A to 0.3 in C; highest 1,200 (A), lowest 0.3 (C).")
    }

    @Test func tiesNameTheFirstPeriod() {
        let points = [
            SparklinePoint(label: "A", value: 5), SparklinePoint(label: "B", value: 9),
            SparklinePoint(label: "C", value: 1), SparklinePoint(label: "D", value: 9),
            SparklinePoint(label: "E", value: 1),
        ]
        #expect(
            SparklineChart.description(of: points, unit: "")
                == "From 5 in A to 1 in E; highest 9 (B), lowest 1 (C).")
    }

    @Test func longListsOfMissingPeriodsAreShortened() {
        let points = (1...9).map { SparklinePoint(label: "P\($0)", value: $0 == 1 ? 4 : nil) }
        #expect(
            SparklineChart.description(of: points, unit: "sites")
                == "4 sites in P1; no figures for P2, P3, P4, P5 and 4 more periods.")
        let three = ["A", "B", "C"].map { SparklinePoint(label: $0, value: nil) }
        #expect(SparklineChart.description(of: three, unit: "") == "No figures for A, B and C.")
    }
}
