extension NetworkLayout {
    /// The forces of one layout, with buffers reused across iterations.
    struct Simulation {
        private let frame: LayoutFrame
        private let edges: [DiagramGraph.Edge]
        private let idealLength: Double
        private let gravityX: Double
        private let gravityY: Double
        private var grid: RepulsionGrid
        private var shiftX: [Double]
        private var shiftY: [Double]

        init(frame: LayoutFrame, graph: DiagramGraph) {
            self.frame = frame
            edges = graph.edges
            let count = graph.nodes.count
            idealLength =
                NetworkLayout.idealLengthScale * (frame.width * frame.height / Double(count)).squareRoot()
            // An ellipse's semi-axes grow as 1/√gravity, so gravity scales with the square of the other side's share.
            let longerSide = max(frame.width, frame.height)
            gravityX = NetworkLayout.gravity * (frame.height / longerSide) * (frame.height / longerSide)
            gravityY = NetworkLayout.gravity * (frame.width / longerSide) * (frame.width / longerSide)
            grid = RepulsionGrid(frame: frame, cellSize: 2 * idealLength, nodeCount: count)
            shiftX = Array(repeating: 0, count: count)
            shiftY = Array(repeating: 0, count: count)
        }

        /// Moves every node once along the sum of its forces, by at most `temperature`.
        mutating func step(xs: inout [Double], ys: inout [Double], temperature: Double) {
            for index in shiftX.indices {
                shiftX[index] = 0
                shiftY[index] = 0
            }
            grid.rebuild(xs: xs, ys: ys)
            addRepulsion(xs: xs, ys: ys)
            addAttraction(xs: xs, ys: ys)
            for node in xs.indices {
                // Gravity: a pull towards the centre growing with distance, weaker across the frame's longer side so
                // the network settles into an ellipse of the frame's shape rather than a disc.
                let shiftXNode = shiftX[node] + gravityX * (frame.centreX - xs[node])
                let shiftYNode = shiftY[node] + gravityY * (frame.centreY - ys[node])
                let length = (shiftXNode * shiftXNode + shiftYNode * shiftYNode).squareRoot()
                guard length > 0, length.isFinite else { continue }
                let scale = min(length, temperature) / length
                xs[node] = frame.clampedX(xs[node] + shiftXNode * scale)
                ys[node] = frame.clampedY(ys[node] + shiftYNode * scale)
            }
        }

        /// Repulsion k²/d from every other node: one by one from the 3 × 3 block of cells around the node, and from
        /// each further cell as a whole at its centroid.
        private mutating func addRepulsion(xs: [Double], ys: [Double]) {
            let squaredIdeal = idealLength * idealLength
            let grid = self.grid
            let cellStart = grid.cellStart
            let members = grid.members
            let occupiedCells = grid.occupiedCells
            for node in xs.indices {
                let x = xs[node]
                let y = ys[node]
                let (column, row) = grid.cell(x: x, y: y)
                var pushX = 0.0
                var pushY = 0.0
                for cell in occupiedCells {
                    if abs(cell.column - column) <= 1, abs(cell.row - row) <= 1 {
                        let cellIndex = cell.row * grid.columns + cell.column
                        for member in cellStart[cellIndex]..<cellStart[cellIndex + 1] {
                            let other = members[member]
                            guard other != node else { continue }
                            var deltaX = x - xs[other]
                            var deltaY = y - ys[other]
                            var squared = deltaX * deltaX + deltaY * deltaY
                            if squared < 1e-6 {
                                // Two nodes on one spot: push them apart along a direction fixed by their order.
                                deltaX = node < other ? 0.01 : -0.01
                                deltaY = node < other ? 0.005 : -0.005
                                squared = deltaX * deltaX + deltaY * deltaY
                            }
                            // k²/d along the unit vector delta/d is delta · k²/d².
                            let factor = squaredIdeal / squared
                            pushX += deltaX * factor
                            pushY += deltaY * factor
                        }
                    } else {
                        let deltaX = x - cell.centroidX
                        let deltaY = y - cell.centroidY
                        // A far cell's centroid is at least one cell away, so `squared` is never near zero.
                        let squared = max(deltaX * deltaX + deltaY * deltaY, 1e-6)
                        let factor = cell.count * squaredIdeal / squared
                        pushX += deltaX * factor
                        pushY += deltaY * factor
                    }
                }
                shiftX[node] += pushX
                shiftY[node] += pushY
            }
        }

        /// Attraction d²/k along every edge, applied to both ends.
        private mutating func addAttraction(xs: [Double], ys: [Double]) {
            for edge in edges {
                let deltaX = xs[edge.first] - xs[edge.second]
                let deltaY = ys[edge.first] - ys[edge.second]
                let distance = (deltaX * deltaX + deltaY * deltaY).squareRoot()
                // d²/k along the unit vector delta/d is delta · d/k.
                let factor = distance / idealLength
                shiftX[edge.first] -= deltaX * factor
                shiftY[edge.first] -= deltaY * factor
                shiftX[edge.second] += deltaX * factor
                shiftY[edge.second] += deltaY * factor
            }
        }
    }
}
