import Foundation
import Testing
import ThreadlineCore

@Suite("Evidence coverage")
struct EvidenceCoverageTests {
    @Test("items are counted into their enabler × place cell; testimony and citations separately")
    func counts() {
        let enablers = [Enabler.ID(UUID()), Enabler.ID(UUID())]
        let places = [Place.ID(UUID()), Place.ID(UUID()), Place.ID(UUID())]
        let items: [EvidenceCoverage.Item] = [
            .init(kind: .story, enablerID: enablers[0], placeID: places[0]),
            .init(kind: .testimony, enablerID: enablers[0], placeID: places[0], isCited: true),
            .init(kind: .testimony, enablerID: enablers[0], placeID: places[0]),
            .init(kind: .milestone, enablerID: enablers[1], placeID: places[2]),
            .init(kind: .caseStudy, enablerID: nil, placeID: places[1]),
            .init(kind: .story, enablerID: Enabler.ID(UUID()), placeID: places[1]),
        ]
        let grid = EvidenceCoverage(enablers: enablers, places: places, items: items)
        #expect(grid.cells[0][0] == EvidenceCoverage.Cell(evidence: 3, testimony: 2, citedTestimony: 1))
        #expect(grid.cells[1][2] == EvidenceCoverage.Cell(evidence: 1))
        #expect(grid.cells[0][1].isEmpty)
        #expect(grid.emptyCellCount == 4)
        #expect(grid.unplaced == 2)
    }
}
