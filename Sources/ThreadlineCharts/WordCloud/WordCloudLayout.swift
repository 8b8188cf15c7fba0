import Foundation

/// Finds free places for boxes in a rectangle, walking an Archimedean spiral out from its centre and testing each
/// spot against the boxes already placed through a grid of buckets.
struct WordCloudLayout {
    /// A placed box, by its edges.
    struct Box {
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double

        func intersects(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }
    }

    /// The gap between the spiral's turns, in user units (before stretching across).
    static let turnGap = 4.0
    /// The distance walked along the spiral between tried spots.
    static let stepLength = 2.0
    /// The side of a grid bucket.
    static let cellSize = 24.0

    let width: Double
    let height: Double
    private var boxes: [Box] = []
    private var cells: [[Int]]
    private let columns: Int
    private let rows: Int

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
        columns = max(1, Int((width / Self.cellSize).rounded(.up)))
        rows = max(1, Int((height / Self.cellSize).rounded(.up)))
        cells = Array(repeating: [], count: columns * rows)
    }

    /// The centre of the first free spot along the spiral for a box of this size, which is then taken; `nil` when
    /// none is free.
    mutating func place(width boxWidth: Double, height boxHeight: Double) -> (x: Double, y: Double)? {
        guard boxWidth <= width, boxHeight <= height else { return nil }
        let centreX = width / 2
        let centreY = height / 2
        // The spiral is stretched across by the drawing's aspect, so it fills a wide rectangle evenly.
        let aspect = width / height
        let growth = Self.turnGap / (2 * Double.pi)
        let farthest = (centreX * centreX / (aspect * aspect) + centreY * centreY).squareRoot() + Self.turnGap
        var angle = 0.0
        while true {
            let radius = growth * angle
            if radius > farthest { return nil }
            let x = centreX + radius * cos(angle) * aspect
            let y = centreY + radius * sin(angle)
            let box = Box(
                left: x - boxWidth / 2, top: y - boxHeight / 2, right: x + boxWidth / 2, bottom: y + boxHeight / 2)
            if box.left >= 0, box.top >= 0, box.right <= width, box.bottom <= height, isFree(box) {
                insert(box)
                return (x, y)
            }
            angle += min(0.5, Self.stepLength / max(radius * max(aspect, 1), 1))
        }
    }

    private func cellRange(_ box: Box) -> (columns: ClosedRange<Int>, rows: ClosedRange<Int>) {
        let first = max(0, Int(box.left / Self.cellSize))
        let last = min(columns - 1, Int(box.right / Self.cellSize))
        let top = max(0, Int(box.top / Self.cellSize))
        let bottom = min(rows - 1, Int(box.bottom / Self.cellSize))
        return (first...max(first, last), top...max(top, bottom))
    }

    private func isFree(_ box: Box) -> Bool {
        let range = cellRange(box)
        for row in range.rows {
            for column in range.columns {
                for index in cells[row * columns + column] where boxes[index].intersects(box) { return false }
            }
        }
        return true
    }

    private mutating func insert(_ box: Box) {
        let range = cellRange(box)
        boxes.append(box)
        for row in range.rows {
            for column in range.columns { cells[row * columns + column].append(boxes.count - 1) }
        }
    }
}
