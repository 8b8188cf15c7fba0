/// A uniform grid over the frame, rebuilt every iteration, that makes repulsion cost about n × (cells + neighbours)
/// instead of n²: nodes in the 3 × 3 block of cells around a node repel it one by one, while every other cell acts as
/// one body of its nodes' total weight at their centroid (a one-level version of Barnes and Hut's approximation,
/// Nature 324, 1986). Fruchterman and Reingold (1991, section 5) use a similar grid but drop far nodes entirely,
/// which lets dense networks collapse into a knot where every node is everyone's neighbour again.
struct RepulsionGrid {
    /// Caps the cells in each direction, so cost stays near n × 1,000 per iteration however large the frame.
    static let largestCellsPerSide = 32

    let columns: Int
    let rows: Int
    private let frame: LayoutFrame
    private let cellWidth: Double
    private let cellHeight: Double
    /// `cellStart[c]..<cellStart[c + 1]` indexes `members` for cell `c` (a counting sort, in node order).
    private(set) var cellStart: [Int]
    private(set) var members: [Int]
    /// The cells holding at least one node, in cell order, with their node count and centroid.
    private(set) var occupiedCells: [OccupiedCell] = []
    private var cellOfNode: [Int]

    struct OccupiedCell {
        var column: Int
        var row: Int
        var count: Double
        var centroidX: Double
        var centroidY: Double
    }

    init(frame: LayoutFrame, cellSize: Double, nodeCount: Int) {
        self.frame = frame
        columns = Self.cellCount(side: frame.width, cellSize: cellSize)
        rows = Self.cellCount(side: frame.height, cellSize: cellSize)
        cellWidth = frame.width / Double(columns)
        cellHeight = frame.height / Double(rows)
        cellStart = Array(repeating: 0, count: columns * rows + 1)
        members = Array(repeating: 0, count: nodeCount)
        cellOfNode = Array(repeating: 0, count: nodeCount)
        occupiedCells.reserveCapacity(min(columns * rows, nodeCount))
    }

    /// The cell column and row of a point; points outside the frame count in the nearest cell.
    func cell(x: Double, y: Double) -> (column: Int, row: Int) {
        let column = Int(((x - frame.minX) / cellWidth).rounded(.down))
        let row = Int(((y - frame.minY) / cellHeight).rounded(.down))
        return (min(max(column, 0), columns - 1), min(max(row, 0), rows - 1))
    }

    /// Sorts the nodes into cells by their current positions and sums each cell's centroid, always in node order so
    /// the sums round the same way every time.
    mutating func rebuild(xs: [Double], ys: [Double]) {
        for index in cellStart.indices { cellStart[index] = 0 }
        for node in xs.indices {
            let (column, row) = cell(x: xs[node], y: ys[node])
            let cellIndex = row * columns + column
            cellOfNode[node] = cellIndex
            cellStart[cellIndex + 1] += 1
        }
        for index in 1..<cellStart.count { cellStart[index] += cellStart[index - 1] }
        var next = cellStart
        for node in xs.indices {
            let cellIndex = cellOfNode[node]
            members[next[cellIndex]] = node
            next[cellIndex] += 1
        }
        occupiedCells.removeAll(keepingCapacity: true)
        for cellIndex in 0..<(columns * rows) where cellStart[cellIndex] < cellStart[cellIndex + 1] {
            var sumX = 0.0
            var sumY = 0.0
            for member in cellStart[cellIndex]..<cellStart[cellIndex + 1] {
                sumX += xs[members[member]]
                sumY += ys[members[member]]
            }
            let count = Double(cellStart[cellIndex + 1] - cellStart[cellIndex])
            occupiedCells.append(
                OccupiedCell(
                    column: cellIndex % columns,
                    row: cellIndex / columns,
                    count: count,
                    centroidX: sumX / count,
                    centroidY: sumY / count
                )
            )
        }
    }

    private static func cellCount(side: Double, cellSize: Double) -> Int {
        guard cellSize > 0, side > cellSize else { return 1 }
        // Rounding down keeps every cell at least `cellSize` wide.
        return min(max(Int((side / cellSize).rounded(.down)), 1), largestCellsPerSide)
    }
}
