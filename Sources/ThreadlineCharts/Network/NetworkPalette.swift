/// The network diagram's colours: the chart module's eight (each at least 4.5:1 on white, WCAG 2.x), assigned to
/// sectors in sorted order of sector name, so the same set of sectors always gets the same colours.
///
/// With more than eight sectors the colours repeat; the legend and each node's tooltip still name the sector.
struct NetworkPalette {
    /// Colour by slot; the same list as `JourneyPalette.colours`, kept separate so each chart can evolve alone.
    static let colours = [
        "#1f5f9e",  // blue
        "#b3541e",  // orange
        "#2e7d32",  // green
        "#b0306a",  // magenta
        "#6a4c9c",  // purple
        "#00796b",  // teal
        "#8a6d00",  // ochre
        "#c62828",  // red
    ]
    /// Lines of the ties and their arrowheads (5.1:1 on white).
    static let neutral = JourneyPalette.neutral
    /// Text.
    static let ink = JourneyPalette.ink

    /// The distinct sector names, sorted; a sector's position is its colour slot.
    let sectors: [String]
    private let slotBySector: [String: Int]

    /// A palette for `sectors` and any further sectors in `extraSectors`, deduplicated and sorted together.
    init(sectors: [String], extraSectors: [String] = []) {
        let sorted = Array(Set(sectors + extraSectors)).sorted()
        self.sectors = sorted
        var slots: [String: Int] = [:]
        for (slot, sector) in sorted.enumerated() { slots[sector] = slot }
        slotBySector = slots
    }

    /// The colour of `sector`; a sector the palette does not know gets the neutral grey.
    func colour(forSector sector: String) -> String {
        guard let slot = slotBySector[sector] else { return Self.neutral }
        return Self.colours[slot % Self.colours.count]
    }
}
