import Foundation
import Testing
import ThreadlineCore

@Suite("Eras of a place's journey")
struct PlaceEraTests {
    @Test("reads closed and open eras, and writes them back as it reads them")
    func reads() throws {
        let closed = try #require(PlaceEra(line: "2018 to 2022-03: Pilot phase"))
        #expect(closed.title == "Pilot phase")
        #expect(closed.start == PartialDate("2018"))
        #expect(closed.end == PartialDate("2022-03"))
        #expect(closed.line == "2018 to 2022-03: Pilot phase")
        let open = try #require(PlaceEra(line: "  2022 Onwards :  Business as usual "))
        #expect(open.end == nil)
        #expect(PlaceEra(line: open.line) == open)
    }

    @Test(
        "refuses what is not an era",
        arguments: [
            "Pilot phase", "2018 to 2022", "2018 to 2022:", "2022 to 2018: Backwards", "2018 until 2022: Wrong word",
            "2018-13 to 2019: Bad month", "to 2019: No start",
        ])
    func refuses(line: String) {
        #expect(PlaceEra(line: line) == nil)
    }

    @Test("a place names each era line it cannot read, by its position")
    func placeProblems() {
        let place = Place(
            id: Place.ID(UUID()), name: "Stockport", slug: "stockport",
            eras: ["2018 to 2022: Pilot phase", "", "sometime: Later"], createdAt: .now)
        #expect(place.crossFieldProblems().map(\.field) == ["eras[2]"])
        #expect(place.parsedEras.map(\.title) == ["Pilot phase"])
    }
}
