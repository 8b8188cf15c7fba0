/// Which sources, or which stretches of them, a query or view looks at: what choosing cases or attribute values
/// leaves of the evidence.
///
/// A source may be selected whole or only in parts (an interview's stretch where one person speaks belongs to that
/// person's case). A query's passages are cut to the selected parts; a passage outside them is not shown.
public struct SourceSelection: Sendable, Hashable {
    /// The selected parts of each source: `nil` selects the whole source.
    public private(set) var parts: [CodingSource: [Range<Int>]?]

    /// Selects nothing.
    public init() {
        parts = [:]
    }

    /// Selects the given sources whole.
    public init(wholeSources: some Sequence<CodingSource>) {
        parts = Dictionary(wholeSources.map { ($0, nil) }, uniquingKeysWith: { first, _ in first })
    }

    /// Adds a whole source, or (with `range`) one stretch of it. A whole source stays whole.
    public mutating func add(_ source: CodingSource, range: Range<Int>? = nil) {
        guard let range else {
            parts[source] = .some(nil)
            return
        }
        switch parts[source] {
        case .none: parts[source] = .some([range])
        case .some(.none): return
        case .some(.some(let ranges)): parts[source] = .some(Self.merged(ranges + [range]))
        }
    }

    /// The sources selected in whole or in part.
    public var sources: Set<CodingSource> { Set(parts.keys) }

    /// Whether nothing is selected.
    public var isEmpty: Bool { parts.isEmpty }

    /// Whether any of `source` is selected.
    public func contains(_ source: CodingSource) -> Bool { parts[source] != nil }

    /// The pieces of `start..<end` in `source` that are selected, in order; empty when none is.
    public func pieces(of source: CodingSource, start: Int, end: Int) -> [Range<Int>] {
        guard let selected = parts[source] else { return [] }
        guard let ranges = selected else { return start < end ? [start..<end] : [] }
        return ranges.compactMap { range in
            let lower = max(range.lowerBound, start)
            let upper = min(range.upperBound, end)
            return lower < upper ? lower..<upper : nil
        }
    }

    /// What both selections select.
    public func intersection(_ other: SourceSelection) -> SourceSelection {
        var result = SourceSelection()
        for (source, mine) in parts {
            guard let theirs = other.parts[source] else { continue }
            switch (mine, theirs) {
            case (nil, nil): result.parts[source] = .some(nil)
            case (nil, let ranges?), (let ranges?, nil): result.parts[source] = .some(ranges)
            case (let a?, let b?):
                let common = a.flatMap { range in
                    b.compactMap { other -> Range<Int>? in
                        let lower = max(range.lowerBound, other.lowerBound)
                        let upper = min(range.upperBound, other.upperBound)
                        return lower < upper ? lower..<upper : nil
                    }
                }
                if !common.isEmpty { result.parts[source] = .some(Self.merged(common)) }
            }
        }
        return result
    }

    /// What either selection selects.
    public func union(_ other: SourceSelection) -> SourceSelection {
        var result = self
        for (source, theirs) in other.parts {
            if let ranges = theirs {
                for range in ranges { result.add(source, range: range) }
            } else {
                result.add(source)
            }
        }
        return result
    }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
