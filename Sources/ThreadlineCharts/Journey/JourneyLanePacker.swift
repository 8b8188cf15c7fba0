/// Puts horizontal labels into lanes above and below the axis so they do not overlap, in one pass.
///
/// Lanes are tried nearest-first, alternating sides (above 1, below 1, above 2, …); a label takes the first lane
/// whose last label ends before it starts. The caller decides what to do when none is free (see
/// ``placeWithLeastOverlap(right:)``), so the work is a small constant per label however many there are.
struct JourneyLanePacker {
    /// The space kept between neighbouring labels in one lane.
    static let gap = 8.0

    private var rightEdges: [Double]
    /// How many lanes above the axis hold a label.
    private(set) var levelsAbove = 0
    /// How many lanes below the axis hold a label.
    private(set) var levelsBelow = 0

    init(lanesPerSide: Int) {
        rightEdges = Array(repeating: -Double.infinity, count: 2 * min(max(lanesPerSide, 1), 8))
    }

    /// Places a label spanning `left...right` in the nearest free lane; returns whether it goes above the axis and its
    /// level (0 nearest), or `nil` when every lane is taken there.
    mutating func place(left: Double, right: Double) -> (above: Bool, level: Int)? {
        guard let lane = rightEdges.firstIndex(where: { $0 + Self.gap <= left }) else { return nil }
        return occupy(lane, right: right)
    }

    /// Places a label in the lane whose last label ends first, overlapping it as little as lanes allow.
    mutating func placeWithLeastOverlap(right: Double) -> (above: Bool, level: Int) {
        var best = 0
        for lane in rightEdges.indices where rightEdges[lane] < rightEdges[best] { best = lane }
        return occupy(best, right: right)
    }

    private mutating func occupy(_ lane: Int, right: Double) -> (above: Bool, level: Int) {
        rightEdges[lane] = max(rightEdges[lane], right)
        let above = lane % 2 == 0
        let level = lane / 2
        if above {
            levelsAbove = max(levelsAbove, level + 1)
        } else {
            levelsBelow = max(levelsBelow, level + 1)
        }
        return (above, level)
    }
}
