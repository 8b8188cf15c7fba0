/// The rectangle node centres must stay in: the requested frame minus its margin, with hostile sizes made safe.
struct LayoutFrame {
    /// Sizes beyond this are treated as this, so areas and forces stay far from overflow.
    static let largestSide = 1_000_000.0

    let minX: Double
    let minY: Double
    let width: Double
    let height: Double

    /// A non-finite or negative `width`, `height` or `margin` counts as 0; the margin shrinks to at most half a side.
    init(width: Double, height: Double, margin: Double) {
        let safeWidth = Self.sanitised(width)
        let safeHeight = Self.sanitised(height)
        let safeMargin = Self.sanitised(margin)
        let marginX = min(safeMargin, safeWidth / 2)
        let marginY = min(safeMargin, safeHeight / 2)
        minX = marginX
        minY = marginY
        self.width = safeWidth - 2 * marginX
        self.height = safeHeight - 2 * marginY
    }

    var maxX: Double { minX + width }
    var maxY: Double { minY + height }
    var centreX: Double { minX + width / 2 }
    var centreY: Double { minY + height / 2 }
    var hasArea: Bool { width > 0 && height > 0 }

    func clampedX(_ x: Double) -> Double { min(max(x, minX), maxX) }
    func clampedY(_ y: Double) -> Double { min(max(y, minY), maxY) }

    private static func sanitised(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        return min(value, largestSide)
    }
}
