/// Obviously-correct, slow versions of the metrics, straight from their definitions, to cross-check the fast ones.
struct SlowReferenceMetrics {
    /// distance[s][t], or −1 when t cannot be reached from s.
    var distance: [[Int]]
    /// pathCount[s][t]: the number of shortest s→t paths.
    var pathCount: [[Double]]
    let count: Int

    /// A breadth-first search from every member over an adjacency matrix, counting shortest paths.
    init(count: Int, edges: [(Int, Int)]) {
        self.count = count
        var adjacent = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        for (from, to) in edges { adjacent[from][to] = true }
        distance = []
        pathCount = []
        for source in 0..<count {
            var distanceRow = [Int](repeating: -1, count: count)
            var pathRow = [Double](repeating: 0, count: count)
            distanceRow[source] = 0
            pathRow[source] = 1
            var frontier = [source]
            var level = 0
            while !frontier.isEmpty {
                var next: [Int] = []
                for member in frontier {
                    for other in 0..<count where adjacent[member][other] {
                        if distanceRow[other] == -1 {
                            distanceRow[other] = level + 1
                            next.append(other)
                        }
                        if distanceRow[other] == level + 1 { pathRow[other] += pathRow[member] }
                    }
                }
                frontier = next
                level += 1
            }
            distance.append(distanceRow)
            pathCount.append(pathRow)
        }
    }

    /// Σ over s ≠ v ≠ t of σ(s,v)·σ(v,t)/σ(s,t) where v lies on a shortest s→t path.
    func rawBetweenness(of member: Int) -> Double {
        var total = 0.0
        for source in 0..<count where source != member {
            for target in 0..<count where target != member && target != source {
                let direct = distance[source][target]
                let first = distance[source][member]
                let second = distance[member][target]
                guard direct > 0, first > 0, second > 0, first + second == direct else { continue }
                total += pathCount[source][member] * pathCount[member][target] / pathCount[source][target]
            }
        }
        return total
    }

    /// The share of the other members at distance 1 or 2.
    func reach(of member: Int) -> Double {
        guard count > 1 else { return 0 }
        let reached = distance[member].filter { $0 == 1 || $0 == 2 }.count
        return Double(reached) / Double(count - 1)
    }
}
