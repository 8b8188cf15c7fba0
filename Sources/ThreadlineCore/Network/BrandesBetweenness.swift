/// Directed, unweighted betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for
/// betweenness centrality", Journal of Mathematical Sociology 25(2), 2001), with networkx's conventions
/// (../shared/bench/network_anchor.py): endpoints are not counted and the raw score of a directed graph is not halved.
enum BrandesBetweenness {
    /// Each member's raw betweenness: the sum over ordered pairs (s, t), s ≠ v ≠ t, of the share of shortest
    /// s→t paths passing through v.
    ///
    /// One breadth-first search per source, O(n·m) in all. The working arrays are allocated once and reset only
    /// where the last search touched them, so the inner loops neither allocate nor hash.
    static func rawScores(of network: IndexedNetwork) -> [Double] {
        let count = network.memberCount
        var scores = [Double](repeating: 0, count: count)
        // With fewer than three members no member can lie strictly between two others.
        guard count > 2 else { return scores }
        var distance = [Int](repeating: -1, count: count)
        var pathCount = [Double](repeating: 0, count: count)
        var dependency = [Double](repeating: 0, count: count)
        // The breadth-first visiting order; read backwards it is Brandes' stack (non-increasing distance).
        var order = [Int](repeating: 0, count: count)
        // Buffer pointers keep the O(n·m) loops free of per-access checks; every index in them comes from
        // IndexedNetwork, which numbered each tie's ends inside 0..<count and made outStart non-decreasing.
        network.outStart.withUnsafeBufferPointer { outStart in
            network.outTargets.withUnsafeBufferPointer { outTargets in
                distance.withUnsafeMutableBufferPointer { distance in
                    pathCount.withUnsafeMutableBufferPointer { pathCount in
                        dependency.withUnsafeMutableBufferPointer { dependency in
                            order.withUnsafeMutableBufferPointer { order in
                                scores.withUnsafeMutableBufferPointer { scores in
                                    let arrays = WorkingArrays(
                                        outStart: outStart, outTargets: outTargets, distance: distance,
                                        pathCount: pathCount, dependency: dependency, order: order
                                    )
                                    for source in 0..<count { arrays.accumulate(from: source, into: scores) }
                                }
                            }
                        }
                    }
                }
            }
        }
        return scores
    }

    /// The graph and the per-search arrays, borrowed for the length of ``rawScores(of:)``.
    private struct WorkingArrays {
        let outStart: UnsafeBufferPointer<Int>
        let outTargets: UnsafeBufferPointer<Int>
        /// Steps from the current source, −1 when not reached.
        let distance: UnsafeMutableBufferPointer<Int>
        /// σ: the number of shortest paths from the current source.
        let pathCount: UnsafeMutableBufferPointer<Double>
        /// (1 + δ) ÷ σ for each member finished, where δ is the current source's dependency on it.
        let dependency: UnsafeMutableBufferPointer<Double>
        let order: UnsafeMutableBufferPointer<Int>

        /// Adds every member's dependency for one source to `scores`, then resets what the search touched.
        func accumulate(from source: Int, into scores: UnsafeMutableBufferPointer<Double>) {
            distance[source] = 0
            pathCount[source] = 1
            order[0] = source
            var head = 0
            var tail = 1
            while head < tail {
                let member = order[head]
                head += 1
                let nextDistance = distance[member] + 1
                let paths = pathCount[member]
                for edge in outStart[member]..<outStart[member + 1] {
                    let neighbour = outTargets[edge]
                    if distance[neighbour] < 0 {
                        distance[neighbour] = nextDistance
                        order[tail] = neighbour
                        tail += 1
                    }
                    if distance[neighbour] == nextDistance { pathCount[neighbour] += paths }
                }
            }
            // Pull each member's dependency δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) from its successors w on shortest
            // paths, which all sit one step further and so were finished earlier in the reversed order; this needs
            // no predecessor lists.
            var position = tail - 1
            while position > 0 {
                let member = order[position]
                let nextDistance = distance[member] + 1
                var sum = 0.0
                for edge in outStart[member]..<outStart[member + 1] {
                    let neighbour = outTargets[edge]
                    if distance[neighbour] == nextDistance { sum += dependency[neighbour] }
                }
                let memberDependency = pathCount[member] * sum
                scores[member] += memberDependency
                // Store (1 + δ) / σ rather than δ: it is all a predecessor needs, and one division per member
                // replaces one per tie in the loop above.
                dependency[member] = (1 + memberDependency) / pathCount[member]
                position -= 1
            }
            for position in 0..<tail {
                let member = order[position]
                distance[member] = -1
                pathCount[member] = 0
                dependency[member] = 0
            }
        }
    }
}
