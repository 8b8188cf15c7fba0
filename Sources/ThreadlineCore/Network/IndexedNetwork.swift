/// A checked ``NetworkGraph`` with its members numbered `0..<memberCount` in the graph's order and its ties held
/// as compressed sparse rows, so the metrics run over flat integer arrays instead of looking keys up in the hot loops.
struct IndexedNetwork {
    /// How many members the graph has.
    let memberCount: Int
    /// For each tie, in the graph's order, the number of the member it comes from.
    let tieSources: [Int]
    /// For each tie, in the graph's order, the number of the member it goes to.
    let tieTargets: [Int]
    /// The out-neighbours of member `i` are `outTargets[outStart[i]..<outStart[i + 1]]`, in the graph's tie order.
    let outStart: [Int]
    /// The targets of every tie, grouped by source.
    let outTargets: [Int]
    /// The in-neighbours of member `i` are `inSources[inStart[i]..<inStart[i + 1]]`, in the graph's tie order.
    let inStart: [Int]
    /// The sources of every tie, grouped by target.
    let inSources: [Int]

    /// Checks `graph` and numbers it; throws on the first bad member or tie, in the graph's order.
    init(_ graph: NetworkGraph) throws(NetworkGraphError) {
        let memberCount = graph.members.count
        var indexOfKey: [String: Int] = [:]
        indexOfKey.reserveCapacity(memberCount)
        for (memberIndex, member) in graph.members.enumerated() {
            if let firstMemberIndex = indexOfKey[member.key] {
                throw .duplicateMember(
                    memberIndex: memberIndex, firstMemberIndex: firstMemberIndex, key: member.key)
            }
            indexOfKey[member.key] = memberIndex
        }

        var sources: [Int] = []
        var targets: [Int] = []
        sources.reserveCapacity(graph.ties.count)
        targets.reserveCapacity(graph.ties.count)
        // An ordered pair (s, t) is numbered s * n + t; n² fits in an Int for any graph that fits in memory.
        var firstTieOfPair: [Int: Int] = [:]
        firstTieOfPair.reserveCapacity(graph.ties.count)
        for (tieIndex, tie) in graph.ties.enumerated() {
            guard let source = indexOfKey[tie.from] else {
                throw .unknownMember(tieIndex: tieIndex, from: tie.from, to: tie.to, missingKey: tie.from)
            }
            guard let target = indexOfKey[tie.to] else {
                throw .unknownMember(tieIndex: tieIndex, from: tie.from, to: tie.to, missingKey: tie.to)
            }
            guard source != target else { throw .selfTie(tieIndex: tieIndex, key: tie.from) }
            let pair = source * memberCount + target
            if let firstTieIndex = firstTieOfPair[pair] {
                throw .duplicateTie(
                    tieIndex: tieIndex, firstTieIndex: firstTieIndex, from: tie.from, to: tie.to)
            }
            firstTieOfPair[pair] = tieIndex
            sources.append(source)
            targets.append(target)
        }

        self.memberCount = memberCount
        self.tieSources = sources
        self.tieTargets = targets
        (outStart, outTargets) = Self.compressedRows(
            count: memberCount, rows: sources, columns: targets)
        (inStart, inSources) = Self.compressedRows(count: memberCount, rows: targets, columns: sources)
    }

    /// Groups `columns` by `rows` with a counting sort; it is stable, so each row keeps the graph's tie order and
    /// every later sum runs in the same order on every run.
    private static func compressedRows(count: Int, rows: [Int], columns: [Int]) -> (
        start: [Int], entries: [Int]
    ) {
        var start = [Int](repeating: 0, count: count + 1)
        for row in rows { start[row + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var next = start
        var entries = [Int](repeating: 0, count: columns.count)
        for (row, column) in zip(rows, columns) {
            entries[next[row]] = column
            next[row] += 1
        }
        return (start, entries)
    }
}
