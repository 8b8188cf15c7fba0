/// How much evidence there is for each system enabler in each place, and how much of its testimony reports cite:
/// the grid an evidence lead reads to see where the evidence is thin.
public struct EvidenceCoverage: Sendable, Equatable {
    /// One piece of evidence, reduced to what the grid counts.
    public struct Item: Sendable, Hashable {
        /// Its kind (story, case study, milestone, testimony).
        public var kind: EntityKind
        /// The enabler it is about, if any.
        public var enablerID: Enabler.ID?
        /// The place it is from, if any.
        public var placeID: Place.ID?
        /// For testimony: whether a report cites one of its clips.
        public var isCited: Bool

        /// Creates an item.
        public init(kind: EntityKind, enablerID: Enabler.ID?, placeID: Place.ID?, isCited: Bool = false) {
            self.kind = kind
            self.enablerID = enablerID
            self.placeID = placeID
            self.isCited = isCited
        }
    }

    /// The counts of one enabler in one place.
    public struct Cell: Sendable, Equatable {
        /// Evidence items of every kind.
        public var evidence = 0
        /// Testimony items.
        public var testimony = 0
        /// Testimony items a report cites.
        public var citedTestimony = 0

        /// Creates an empty cell.
        public init(evidence: Int = 0, testimony: Int = 0, citedTestimony: Int = 0) {
            self.evidence = evidence
            self.testimony = testimony
            self.citedTestimony = citedTestimony
        }

        /// No evidence at all: the cell an evidence lead should look at first.
        public var isEmpty: Bool { evidence == 0 }
    }

    /// Row order: the enablers.
    public var enablers: [Enabler.ID]
    /// Column order: the places.
    public var places: [Place.ID]
    /// `cells[row][column]`.
    public var cells: [[Cell]]
    /// Items linked to no enabler or no place (or to ones not in the grid), which no cell can show.
    public var unplaced: Int

    /// Counts `items` into a grid of `enablers` × `places`.
    public init(enablers: [Enabler.ID], places: [Place.ID], items: [Item]) {
        self.enablers = enablers
        self.places = places
        let row = Dictionary(enablers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let column = Dictionary(places.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cells = Array(repeating: Array(repeating: Cell(), count: places.count), count: enablers.count)
        var unplaced = 0
        for item in items {
            guard let enabler = item.enablerID, let place = item.placeID, let r = row[enabler], let c = column[place]
            else {
                unplaced += 1
                continue
            }
            cells[r][c].evidence += 1
            if item.kind == .testimony {
                cells[r][c].testimony += 1
                if item.isCited { cells[r][c].citedTestimony += 1 }
            }
        }
        self.cells = cells
        self.unplaced = unplaced
    }

    /// How many cells hold no evidence.
    public var emptyCellCount: Int { cells.joined().filter(\.isEmpty).count }
}
