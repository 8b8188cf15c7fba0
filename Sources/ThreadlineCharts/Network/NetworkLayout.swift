/// A deterministic force-directed layout after Fruchterman and Reingold, "Graph Drawing by Force-directed Placement"
/// (Software: Practice and Experience 21(11), 1991).
///
/// Every node repels every other with force k²/d (near nodes exactly, far ones grouped by grid cell, see
/// `RepulsionGrid`), tied nodes attract with d²/k, and a pull towards the centre keeps isolated nodes and separate
/// components from drifting to the edges. Each step is capped by a temperature that cools linearly, every position is
/// clamped to the frame minus the margin, and at the end the layout is centred and, when it came out small, enlarged
/// evenly to use the frame.
///
/// The start positions come from a generator seeded with an FNV-1a hash of the sorted node keys, and all sums run in
/// key order, so the same nodes and ties give the same positions in every run and every process, whatever their
/// order in the input. (Swift's `Hasher` is seeded per process and is never used for this.)
public enum NetworkLayout {
    /// Enough iterations for networks of a few hundred organisations to settle.
    public static let defaultIterations = 300
    /// The margin used when none is given.
    public static let defaultMargin = 20.0
    /// Iteration counts above this are treated as this, so a hostile count cannot run for ever.
    public static let largestIterations = 10_000

    /// C in the ideal edge length k = C·√(area / n); below 1 so the clamp at the frame's edge rarely bites.
    static let idealLengthScale = 0.75
    /// The pull towards the centre per unit of distance from it. With full-range repulsion, n nodes settle into a
    /// disc of radius about C·√(area / gravity), independent of n, so about 2 keeps the network inside the frame.
    static let gravity = 2.0
    /// The most `fitToFrame` enlarges a layout; more would stretch a pair of nodes across the whole frame.
    static let largestFitScale = 3.0
    /// Smaller networks keep their natural spacing: enlarged, two or three nodes would end up at the frame's sides.
    static let smallestFittedNetwork = 5

    /// The positions of the nodes, by key, inside `width` × `height` minus `margin` on every side.
    ///
    /// - Parameters:
    ///   - nodes: The organisations; when keys repeat, one node per key is kept (see ``NetworkDiagramNode``).
    ///   - ties: The ties; those naming unknown keys or joining a node to itself are ignored.
    ///   - width: The frame's width. A non-finite or negative size counts as 0.
    ///   - height: The frame's height.
    ///   - margin: The distance kept from every edge of the frame; at most half the frame's smaller side.
    ///   - iterations: How many steps to simulate (at most ``largestIterations``); 0 gives the seeded start
    ///     positions, centred.
    /// - Returns: One point per distinct key. With a frame of no area, every node sits at its centre.
    public static func positions(
        nodes: [NetworkDiagramNode],
        ties: [NetworkDiagramTie],
        width: Double,
        height: Double,
        margin: Double = defaultMargin,
        iterations: Int = defaultIterations
    ) -> [String: NetworkPoint] {
        let graph = DiagramGraph(nodes: nodes, ties: ties)
        let frame = LayoutFrame(width: width, height: height, margin: margin)
        let points = positions(of: graph, in: frame, iterations: iterations)
        var byKey: [String: NetworkPoint] = [:]
        byKey.reserveCapacity(points.count)
        for (node, point) in zip(graph.nodes, points) { byKey[node.key] = point }
        return byKey
    }

    /// The positions of `graph.nodes`, in the same order.
    static func positions(of graph: DiagramGraph, in frame: LayoutFrame, iterations: Int)
        -> [NetworkPoint]
    {
        let count = graph.nodes.count
        guard count > 0 else { return [] }
        let centre = NetworkPoint(x: frame.centreX, y: frame.centreY)
        guard count > 1, frame.hasArea else { return Array(repeating: centre, count: count) }

        var generator = SplitMix64(seed: graph.seed)
        var xs = (0..<count).map { _ in frame.minX + generator.nextUnit() * frame.width }
        var ys = (0..<count).map { _ in frame.minY + generator.nextUnit() * frame.height }
        var simulation = Simulation(frame: frame, graph: graph)
        let steps = min(max(iterations, 0), largestIterations)
        let startTemperature = max(frame.width, frame.height) / 10
        for step in 0..<steps {
            // Linear cooling to a small floor, so the last steps only polish.
            let temperature = max(
                startTemperature * (1 - Double(step) / Double(steps)),
                startTemperature / 200
            )
            simulation.step(xs: &xs, ys: &ys, temperature: temperature)
        }
        if count >= smallestFittedNetwork { fitToFrame(xs: &xs, ys: &ys, frame: frame) }
        return zip(xs, ys).map { NetworkPoint(x: $0, y: $1) }
    }

    /// Centres the layout in the frame and enlarges it evenly (at most `largestFitScale` times) until it touches
    /// the frame's sides: dense networks settle into a knot much smaller than the frame, since many ties pull harder
    /// than repulsion pushes. The layout's shape is kept; only its size and place change.
    static func fitToFrame(xs: inout [Double], ys: inout [Double], frame: LayoutFrame) {
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
            return
        }
        let spanX = maxX - minX
        let spanY = maxY - minY
        let scaleX = spanX > 0 ? frame.width / spanX : .infinity
        let scaleY = spanY > 0 ? frame.height / spanY : .infinity
        var scale = min(scaleX, scaleY, largestFitScale)
        if scale < 1 { scale = 1 }
        let middleX = (minX + maxX) / 2
        let middleY = (minY + maxY) / 2
        for index in xs.indices {
            xs[index] = frame.clampedX(frame.centreX + (xs[index] - middleX) * scale)
            ys[index] = frame.clampedY(frame.centreY + (ys[index] - middleY) * scale)
        }
    }
}
