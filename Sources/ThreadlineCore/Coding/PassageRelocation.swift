/// Moves passage positions from a source's old text to its new text when the new text is the old with markup
/// taken out: Markdown's `## `, `*`, `[…](/url)` gone, entities decoded, line breaks inside a paragraph made spaces.
///
/// The new text's scalars are matched in order against the old text's (a greedy alignment: each new scalar takes
/// the next equal old scalar within a window, white space matching any white space), so every new scalar knows
/// where it came from. A passage then moves to the new scalars that came from inside it. The window keeps one
/// scalar that the markup changed (an entity such as `&#8217;`) from swallowing the rest of the text: it is left
/// unmatched and the alignment carries on after it. A caller checks the words of the result, since an alignment
/// can be wrong where the markup and the text share letters.
public struct PassageRelocation: Sendable {
    /// The new scalars that came from the old text, in order: their position, and the old position they came
    /// from (both increase, so a passage's scalars are found by binary search).
    private let newPositions: [Int]
    private let oldPositions: [Int]

    /// How far ahead in the old text a new scalar is looked for.
    public static let window = 400

    /// Aligns `new` to `old`.
    public init(from old: [Unicode.Scalar], to new: [Unicode.Scalar]) {
        var newPositions: [Int] = []
        var oldPositions: [Int] = []
        var cursor = 0
        for (index, scalar) in new.enumerated() {
            let limit = min(old.count, cursor + Self.window)
            var probe = cursor
            while probe < limit, !Self.matches(scalar, old[probe]) { probe += 1 }
            if probe < limit {
                newPositions.append(index)
                oldPositions.append(probe)
                cursor = probe + 1
            }
        }
        self.newPositions = newPositions
        self.oldPositions = oldPositions
    }

    private static func matches(_ new: Unicode.Scalar, _ old: Unicode.Scalar) -> Bool {
        new == old || (new.properties.isWhitespace && old.properties.isWhitespace)
    }

    /// The new positions of the old passage `start..<end`: from the first to the last new scalar that came from
    /// inside it, without white space at either end; `nil` when nothing of it is left.
    public func relocate(start: Int, end: Int, in new: [Unicode.Scalar]) -> Range<Int>? {
        guard start < end else { return nil }
        let first = Self.firstIndex(in: oldPositions, notBelow: start)
        let after = Self.firstIndex(in: oldPositions, notBelow: end)
        guard first < after else { return nil }
        var lower = newPositions[first]
        var upper = newPositions[after - 1] + 1
        while lower < upper, new[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, new[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// The index of the first element of the ascending `values` that is at least `bound` (`values.count` if none).
    private static func firstIndex(in values: [Int], notBelow bound: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether `moved` keeps the words of `original`: its letters and digits, in order, are among the original's
    /// (markup may have taken some away, but none may be new), and it has some when the original had some.
    public static func keepsWords(of original: String, in moved: String) -> Bool {
        let before = original.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        let after = moved.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        if before.isEmpty { return after.isEmpty && !moved.isEmpty }
        guard !after.isEmpty else { return false }
        var iterator = before.makeIterator()
        outer: for scalar in after {
            while let next = iterator.next() {
                if next == scalar { continue outer }
            }
            return false
        }
        return true
    }
}
