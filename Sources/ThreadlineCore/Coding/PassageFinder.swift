import Foundation

/// Finds typed or pasted words in a source's text, so a passage can be coded without selecting it with a pointer.
///
/// Carriage returns are ignored on both sides (a browser sends line breaks as "\r\n" or "\n" as it likes), and
/// the positions found are those of the text as stored, carriage returns included.
public struct PassageFinder: Sendable {
    private let scalars: [Unicode.Scalar]
    private let positions: [Int]

    /// Prepares to search `text`.
    public init(_ text: CodableText) {
        var scalars: [Unicode.Scalar] = []
        var positions: [Int] = []
        for (index, scalar) in text.scalars.enumerated() where scalar != "\r" {
            scalars.append(scalar)
            positions.append(index)
        }
        self.scalars = scalars
        self.positions = positions
    }

    /// The positions of the `occurrence`-th (from 1) appearance of `words`, or `nil` when there is none.
    /// Leading and trailing white space of `words` is not part of the passage.
    public func find(_ words: String, occurrence: Int = 1) -> Range<Int>? {
        let needle = Array(words.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.filter { $0 != "\r" })
        guard !needle.isEmpty, occurrence >= 1, needle.count <= scalars.count else { return nil }
        var seen = 0
        var index = 0
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], scalars[index..<(index + needle.count)].elementsEqual(needle) {
                seen += 1
                if seen == occurrence { return positions[index]..<(positions[index + needle.count - 1] + 1) }
            }
            index += 1
        }
        return nil
    }
}
