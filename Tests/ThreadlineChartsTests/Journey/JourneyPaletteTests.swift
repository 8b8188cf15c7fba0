import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyPaletteTests {
    @Test func everyMarkerColourHasNonTextContrastOnWhiteAndOnTheEraBands() {
        for colour in JourneyPalette.colours.map(\.hex) + [JourneyPalette.neutral] {
            #expect(WCAGContrast.ratio(colour, "#ffffff") >= 3, "\(colour)")
            for band in JourneyPalette.eraFills {
                #expect(WCAGContrast.ratio(colour, band) >= 3, "\(colour) on \(band)")
            }
        }
        #expect(Set(JourneyPalette.colours.map(\.hex)).count == 8)
    }

    @Test func eightEnablersGetEightDistinctShapesAndColoursThenRepeat() {
        let shapes = (1...8).map(JourneyMarkerShape.forEnabler)
        #expect(Set(shapes).count == 8)
        #expect(Set(shapes.map(\.relativePath)).count == 8)
        #expect(Set((1...8).map { JourneyPalette.colour(forEnabler: $0).hex }).count == 8)
        #expect(JourneyMarkerShape.forEnabler(9) == .circle)
        #expect(JourneyPalette.colour(forEnabler: 10).hex == JourneyPalette.colour(forEnabler: 2).hex)
    }

    @Test func anyEnablerNumberHasAStyle() {
        for number in [0, -1, -8, Int.min, Int.max] {
            #expect((0..<8).contains(JourneyPalette.slot(forEnabler: number)), "\(number)")
        }
    }
}
