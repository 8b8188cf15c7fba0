/// Cross-tabulates codings: codes against places or enablers, and codes against each other.
///
/// Every `MatrixCoding` counts once; a coding key repeated later in the list is ignored, so the same coding passed
/// twice is not counted twice. Codings whose code is not among the `codes` asked for are left out, and a code asked for twice
/// gets one row.
public struct CodingMatrix: Sendable {
    /// The codings, without repeated coding keys.
    public let codings: [MatrixCoding]
    /// Each source's place and enabler; a source missing here has neither.
    public let placements: [String: SourcePlacement]

    /// Creates a matrix builder over `codings`, placing sources through `placements`.
    public init(codings: [MatrixCoding], placements: [String: SourcePlacement]) {
        var seen = Set<String>()
        self.codings = codings.filter { seen.insert($0.codingKey).inserted }
        self.placements = placements
    }

    /// Codings per code (rows, in the order of `codes`) and place (columns: `places` in order, then any other place
    /// met, sorted, then `""` for sources without a place, if any).
    public func codeByPlace(codes: [String], places: [String] = []) -> CountMatrix {
        codeByColumn(codes: codes, columns: places) { [placements[$0.sourceKey]?.placeKey ?? ""] }
    }

    /// Codings per code and enabler, laid out as `codeByPlace` does, with `""` for sources without an enabler.
    public func codeByEnabler(codes: [String], enablers: [String] = []) -> CountMatrix {
        codeByColumn(codes: codes, columns: enablers) { [placements[$0.sourceKey]?.enablerKey ?? ""] }
    }

    /// Codings per code and value of a case attribute: `values` gives each coding the attribute values of the
    /// cases its passage belongs to (a coding counts once in each distinct value; none for `""`, no value). The
    /// columns are laid out as `codeByPlace` does, `columns` first in their order.
    public func codeByValue(
        codes: [String], columns: [String] = [], values: (MatrixCoding) -> [String]
    ) -> CountMatrix {
        codeByColumn(codes: codes, columns: columns) { coding in
            let found = Array(Set(values(coding).filter { !$0.isEmpty }))
            return found.isEmpty ? [""] : found
        }
    }

    private func codeByColumn(
        codes requested: [String], columns: [String], column: (MatrixCoding) -> [String]
    )
        -> CountMatrix
    {
        let codes = Self.unique(requested)
        let rowIndex = Self.firstIndices(codes)
        var columnKeys: [String] = []
        var columnIndex: [String: Int] = [:]
        for key in columns where columnIndex[key] == nil && !key.isEmpty {
            columnIndex[key] = columnKeys.count
            columnKeys.append(key)
        }
        let relevant = codings.filter { rowIndex[$0.codeKey] != nil }
        let keysOfCoding = relevant.map(column)
        let extra = Set(keysOfCoding.joined().filter { !$0.isEmpty && columnIndex[$0] == nil })
        for key in extra.sorted() {
            columnIndex[key] = columnKeys.count
            columnKeys.append(key)
        }
        // An empty key is no place at all, so it joins the "none" column.
        if keysOfCoding.contains(where: { $0.contains("") }) {
            columnIndex[""] = columnKeys.count
            columnKeys.append("")
        }
        var counts = [[Int]](
            repeating: [Int](repeating: 0, count: columnKeys.count), count: codes.count)
        var sources = [[Set<String>]](
            repeating: [Set<String>](repeating: [], count: columnKeys.count), count: codes.count)
        for (coding, keys) in zip(relevant, keysOfCoding) {
            guard let row = rowIndex[coding.codeKey] else { continue }
            for key in keys {
                guard let col = columnIndex[key] else { continue }
                counts[row][col] += 1
                sources[row][col].insert(coding.sourceKey)
            }
        }
        return CountMatrix(
            rowKeys: codes, columnKeys: columnKeys, counts: counts,
            sourceCounts: sources.map { $0.map(\.count) })
    }

    /// How often codes overlap: cell (a, b) counts the pairs of a coding of a and a coding of b in the same source
    /// whose ranges share at least one unit (any coders); the diagonal counts the codings of each code. Symmetric.
    ///
    /// Per source, codings are swept in order of start while the ones still open are kept aside, so the work is
    /// O(n log n + overlapping pairs) rather than comparing every coding with every other. Empty ranges overlap
    /// nothing but still count on the diagonal.
    public func coOccurrence(codes requested: [String]) -> CountMatrix {
        let codes = Self.unique(requested)
        let index = Self.firstIndices(codes)
        let size = codes.count
        var counts = [[Int]](repeating: [Int](repeating: 0, count: size), count: size)
        var sourceSets = [[Set<String>]](
            repeating: [Set<String>](repeating: [], count: size), count: size)
        var bySource: [String: [(code: Int, start: Int, end: Int)]] = [:]
        for coding in codings {
            guard let code = index[coding.codeKey] else { continue }
            counts[code][code] += 1
            sourceSets[code][code].insert(coding.sourceKey)
            guard coding.start < coding.end else { continue }
            bySource[coding.sourceKey, default: []].append((code, coding.start, coding.end))
        }
        for source in bySource.keys.sorted() {
            guard let ranges = bySource[source]?.sorted(by: { $0.start < $1.start }) else { continue }
            var open: [(code: Int, end: Int)] = []
            for range in ranges {
                // Each open coding looked at here either ends before this one starts (and is dropped, once)
                // or overlaps it (and is a pair to count), which keeps the sweep linear in the output.
                var stillOpen: [(code: Int, end: Int)] = []
                stillOpen.reserveCapacity(open.count + 1)
                for other in open where other.end > range.start {
                    stillOpen.append(other)
                    guard other.code != range.code else { continue }
                    counts[range.code][other.code] += 1
                    counts[other.code][range.code] += 1
                    sourceSets[range.code][other.code].insert(source)
                    sourceSets[other.code][range.code].insert(source)
                }
                stillOpen.append((range.code, range.end))
                open = stillOpen
            }
        }
        return CountMatrix(
            rowKeys: codes, columnKeys: codes, counts: counts,
            sourceCounts: sourceSets.map { $0.map(\.count) })
    }

    /// `keys` without repeats, in order of first appearance.
    private static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// Each key's first position (later repeats are ignored).
    private static func firstIndices(_ keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, key) in keys.enumerated() where index[key] == nil { index[key] = position }
        return index
    }
}
