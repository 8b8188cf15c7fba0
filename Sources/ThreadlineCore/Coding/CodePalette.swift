/// The colours new codes are given, so that codes created one after another look different without anyone
/// choosing: the eight colours of Okabe and Ito's palette for colour-blind readers ("Color Universal Design",
/// 2008), told apart under protanopia, deuteranopia and tritanopia, in an order that puts the most different next
/// to each other. Colour is never a code's only cue: its name goes everywhere its colour does.
public enum CodePalette {
    /// Blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow, black.
    public static let colours = [
        "#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#f0e442", "#000000",
    ]

    /// The colour for a new code: the first of the palette that no code in `used` has yet (compared without
    /// regard to case); once all are taken, the palette again from the start, by how many codes there are, so
    /// neighbours still differ.
    ///
    /// - Parameter used: The colours of the codes there are now.
    public static func next(after used: [String]) -> String {
        let taken = Set(used.map { $0.lowercased() })
        if let free = colours.first(where: { !taken.contains($0) }) { return free }
        return colours[used.count % colours.count]
    }
}

extension CodePalette {
    /// Hands out palette colours to many new codes in turn (an import), as ``CodePalette/next(after:)`` would one
    /// at a time, without reading every code's colour again for each.
    public struct Picker: Sendable {
        private var taken: Set<String>
        private var count: Int

        /// A picker that knows the colours of the codes there are now.
        public init(used: [String]) {
            taken = Set(used.map { $0.lowercased() }.filter { CodePalette.colours.contains($0) })
            count = used.count
        }

        /// The colour for the next new code, counted as used from then on.
        public mutating func next() -> String {
            let colour =
                CodePalette.colours.first { !taken.contains($0) }
                ?? CodePalette.colours[count % CodePalette.colours.count]
            taken.insert(colour)
            count += 1
            return colour
        }

        /// Counts a colour a new code brought with it as used.
        public mutating func use(_ colour: String) {
            let lowered = colour.lowercased()
            if CodePalette.colours.contains(lowered) { taken.insert(lowered) }
            count += 1
        }
    }
}
