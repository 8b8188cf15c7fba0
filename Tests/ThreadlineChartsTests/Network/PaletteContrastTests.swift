import Foundation
import Testing

@testable import ThreadlineCharts

/// Every colour the diagram draws with is readable on white (WCAG 2.x, non-text contrast ≥ 3:1, SC 1.4.11), using
/// the suite's `ContrastRatio`.
@Suite struct PaletteContrastTests {
    @Test(arguments: NetworkPalette.colours + [NetworkPalette.neutral, NetworkPalette.ink])
    func colourHasAtLeastThreeToOneOnWhite(hex: String) throws {
        let ratio = ContrastRatio.between(hex, "#ffffff")
        #expect(ratio >= 3, "\(hex): \(ratio)")
    }

    @Test func paletteColoursAreDistinct() {
        #expect(Set(NetworkPalette.colours).count == NetworkPalette.colours.count)
    }
}

@Suite struct PaletteMappingTests {
    @Test func sectorsTakeSlotsInSortedOrderWhateverTheInputOrder() {
        let forwards = NetworkPalette(sectors: ["Arts", "Health", "Sport"])
        let backwards = NetworkPalette(sectors: ["Sport", "Health", "Arts", "Health"])
        for sector in ["Arts", "Health", "Sport"] {
            #expect(forwards.colour(forSector: sector) == backwards.colour(forSector: sector))
        }
        #expect(backwards.colour(forSector: "Arts") == NetworkPalette.colours[0])
        #expect(backwards.colour(forSector: "Unknown") == NetworkPalette.neutral)
    }

    @Test func coloursRepeatAfterEightSectors() {
        let palette = NetworkPalette(sectors: (1...9).map { "Sector \($0)" })
        #expect(palette.colour(forSector: "Sector 9") == NetworkPalette.colours[0])
        #expect(palette.colour(forSector: "Sector 8") == NetworkPalette.colours[7])
    }
}
