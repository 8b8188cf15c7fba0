/// Set operations on lists of half-open ranges that are sorted, disjoint and not touching ("normal" lists),
/// each a linear sweep.
enum RangeAlgebra {
    /// `ranges` (in any order, overlapping or not, empty ones ignored) as a normal list.
    static func normalised(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        return mergedSorted(sorted)
    }

    /// Ranges sorted by start (not empty) merged where they overlap or touch.
    static func mergedSorted(_ sorted: [Range<Int>]) -> [Range<Int>] {
        guard var current = sorted.first else { return [] }
        var merged: [Range<Int>] = []
        merged.reserveCapacity(sorted.count)
        for range in sorted.dropFirst() {
            if range.lowerBound <= current.upperBound {
                if range.upperBound > current.upperBound { current = current.lowerBound..<range.upperBound }
            } else {
                merged.append(current)
                current = range
            }
        }
        merged.append(current)
        return merged
    }

    /// The scalars in `a` or `b`.
    static func union(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var sorted: [Range<Int>] = []
        sorted.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].lowerBound <= b[j].lowerBound) {
                sorted.append(a[i])
                i += 1
            } else {
                sorted.append(b[j])
                j += 1
            }
        }
        return mergedSorted(sorted)
    }

    /// The scalars in both `a` and `b`.
    static func intersection(_ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            let start = max(a[i].lowerBound, b[j].lowerBound)
            let end = min(a[i].upperBound, b[j].upperBound)
            if start < end { result.append(start..<end) }
            if a[i].upperBound < b[j].upperBound { i += 1 } else { j += 1 }
        }
        return result
    }

    /// The scalars of `0..<length` not in `a`.
    static func complement(_ a: [Range<Int>], length: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var position = 0
        for range in a {
            if range.lowerBound >= length { break }
            if range.lowerBound > position { result.append(position..<range.lowerBound) }
            position = max(position, range.upperBound)
        }
        if position < length { result.append(position..<length) }
        return result
    }

    /// The ranges of `candidates` (sorted, disjoint) that share at least one scalar with `others` (normal).
    static func overlapping(_ candidates: [Range<Int>], _ others: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var j = 0
        for candidate in candidates {
            while j < others.count, others[j].upperBound <= candidate.lowerBound { j += 1 }
            if j < others.count, others[j].lowerBound < candidate.upperBound { result.append(candidate) }
        }
        return result
    }

    /// A normal list grown by `amount` scalars at both ends of each range (not cut to any text), merged.
    static func widened(_ a: [Range<Int>], by amount: Int) -> [Range<Int>] {
        mergedSorted(a.map { ($0.lowerBound - amount)..<($0.upperBound + amount) })
    }

    /// The segments (in any order) that share a scalar with both `a` and `b`, as a normal list.
    static func sharedSegments(_ segments: [Range<Int>], _ a: [Range<Int>], _ b: [Range<Int>]) -> [Range<Int>] {
        let sorted = segments.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        let shared = sorted.filter { touches($0, a) && touches($0, b) }
        return mergedSorted(shared)
    }

    /// Whether `range` shares a scalar with the normal list `list` (a binary search).
    static func touches(_ range: Range<Int>, _ list: [Range<Int>]) -> Bool {
        var low = 0
        var high = list.count
        // The first range of the list that ends after `range` starts.
        while low < high {
            let middle = (low + high) / 2
            if list[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < list.count && list[low].lowerBound < range.upperBound
    }
}
