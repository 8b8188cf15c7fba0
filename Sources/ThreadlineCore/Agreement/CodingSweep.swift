/// Sweeps the boundaries of all coders' spans of one code over one source, producing the counts agreement needs.
///
/// Only the positions where some span starts or ends are visited, so the cost grows with the number of spans and
/// the number of coder pairs, not with the length of the source: a 10⁹-millisecond recording costs no more than a
/// short text with the same spans.
struct CodingSweep {
    /// One start (+1) or end (−1) of a coder's span.
    private struct Event {
        var position: Int
        var coder: Int
        var delta: Int
    }

    /// A run of units with one set of coders coding it.
    struct Run: Equatable {
        var start: Int
        var end: Int
        var coders: [Int]
    }

    /// Counts per pair of coders, in the order of `pairs`.
    private(set) var pairTallies: [PairTally]
    /// Units by how many coders coded them.
    private(set) var alphaTally: BinaryAlphaTally
    /// Maximal runs where some but not all coders coded, in order of start.
    private(set) var disagreements: [Run] = []

    /// Sweeps `spans` (coder index, start, end; already clamped to `0...unitCount`, empty ones allowed).
    init(
        unitCount: Int, coderCount: Int, pairs: [(Int, Int)],
        spans: [(coder: Int, start: Int, end: Int)]
    ) {
        pairTallies = [PairTally](repeating: PairTally(), count: pairs.count)
        alphaTally = BinaryAlphaTally(coderCount: coderCount)
        var events: [Event] = []
        events.reserveCapacity(spans.count * 2)
        for span in spans where span.start < span.end && span.coder >= 0 && span.coder < coderCount {
            events.append(Event(position: span.start, coder: span.coder, delta: 1))
            events.append(Event(position: span.end, coder: span.coder, delta: -1))
        }
        events.sort { $0.position < $1.position }
        // A coder's spans may overlap each other: the coder codes a unit while at least one of them covers it.
        var depth = [Int](repeating: 0, count: coderCount)
        var codingCount = 0
        var covered = 0
        var previous = 0
        var index = 0
        while index < events.count {
            let position = events[index].position
            if position > previous, codingCount > 0 {
                addRun(start: previous, end: position, depth: depth, codingCount: codingCount, pairs: pairs)
                covered += position - previous
            }
            while index < events.count, events[index].position == position {
                let event = events[index]
                let before = depth[event.coder]
                depth[event.coder] += event.delta
                if before == 0, depth[event.coder] > 0 { codingCount += 1 }
                if before > 0, depth[event.coder] == 0 { codingCount -= 1 }
                index += 1
            }
            previous = position
        }
        alphaTally.add(units: max(unitCount - covered, 0), codedBy: 0)
    }

    private mutating func addRun(
        start: Int, end: Int, depth: [Int], codingCount: Int, pairs: [(Int, Int)]
    ) {
        let length = end - start
        alphaTally.add(units: length, codedBy: codingCount)
        for (index, pair) in pairs.enumerated() {
            switch (depth[pair.0] > 0, depth[pair.1] > 0) {
            case (true, true): pairTallies[index].both += length
            case (true, false): pairTallies[index].onlyFirst += length
            case (false, true): pairTallies[index].onlySecond += length
            case (false, false): break
            }
        }
        guard codingCount < depth.count else { return }
        let coders = depth.indices.filter { depth[$0] > 0 }
        if var last = disagreements.last, last.end == start, last.coders == coders {
            last.end = end
            disagreements[disagreements.count - 1] = last
        } else {
            disagreements.append(Run(start: start, end: end, coders: coders))
        }
    }
}
