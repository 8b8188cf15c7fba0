/// A word cloud of the most frequent words, as a self-contained, accessible `<svg>` element.
///
/// Each word's font size grows with the square root of its count between the smallest and largest size, so its
/// area grows with the count. Words are placed from the most frequent, each at the first free spot along an
/// Archimedean spiral out from the centre (widths estimated at 0.55 em a character); a word with no free spot is
/// left out and counted in ``leftOutCount``. Everything is worked out from the input alone, so the same words give
/// byte-identical SVG.
///
/// ```swift
/// let cloud = WordCloud(words: rows.map { WordCloud.Word($0.word, count: $0.count) }, title: "Words in the stories")
/// let svg = cloud.svg(idPrefix: "words")
/// ```
public struct WordCloud: Sendable {
    /// A word and how often it occurs.
    public struct Word: Sendable, Hashable {
        /// The word as shown.
        public var text: String
        /// How often it occurs; words counted 0 or less are not drawn.
        public var count: Int

        /// Creates a word.
        public init(_ text: String, count: Int) {
            self.text = text
            self.count = count
        }
    }

    /// A word where it was drawn.
    public struct PlacedWord: Sendable, Hashable {
        /// The word.
        public var text: String
        /// Its count.
        public var count: Int
        /// The centre of its box, across.
        public var x: Double
        /// The centre of its box, down.
        public var y: Double
        /// Its font size in user units.
        public var fontSize: Double
        /// Its colour, from ``palette``.
        public var colour: String
    }

    /// The text drawn and given as the description when there are no words.
    public static let emptyMessage = "No words to show."

    /// The colours words take in turn by rank: dark shades each with at least 4.5:1 contrast on white (WCAG AA for
    /// text), chosen for this chart.
    public static let palette = ["#1b4f8a", "#8a2c0d", "#1e6b3a", "#6b2d7b", "#7a5200", "#a1124f", "#00656e"]

    /// The estimated width of a character, in em.
    static let characterWidth = 0.55
    /// The height of a word's box, in em.
    static let lineHeight = 1.15
    /// Space kept around each word, in user units.
    static let padding = 2.0

    /// The accessible name of the drawing.
    public let title: String
    /// The drawing's width in SVG user units; the page scales it with CSS.
    public let width: Double
    /// The drawing's height in SVG user units.
    public let height: Double
    /// The words drawn, most frequent first.
    public let placed: [PlacedWord]
    /// How many of the top words found no room and were left out.
    public let leftOutCount: Int

    /// Lays out the `maximumWords` most frequent of `words` (by count, then alphabetically; a word given twice is
    /// counted once with its counts added).
    ///
    /// Sizes outside 200–4,000 fall back to 640 × 400; font sizes are kept between 6 and 200, the largest no
    /// smaller than the smallest.
    public init(
        words: [Word], title: String, maximumWords: Int = 60, width: Double = 640, height: Double = 400,
        minimumFontSize: Double = 12, maximumFontSize: Double = 48
    ) {
        self.title = title
        self.width = Self.sanitised(width, range: 200...4_000, fallback: 640)
        self.height = Self.sanitised(height, range: 200...4_000, fallback: 400)
        let smallest = Self.sanitised(minimumFontSize, range: 6...200, fallback: 12)
        let largest = max(smallest, Self.sanitised(maximumFontSize, range: 6...200, fallback: 48))

        var totals: [String: Int] = [:]
        for word in words where word.count > 0 && !word.text.isEmpty { totals[word.text, default: 0] += word.count }
        let ranked = totals.map { Word($0.key, count: $0.value) }.sorted { ($1.count, $0.text) < ($0.count, $1.text) }
            .prefix(max(maximumWords, 0))
        let sqrtLow = Double(ranked.last?.count ?? 1).squareRoot()
        let sqrtHigh = Double(ranked.first?.count ?? 1).squareRoot()

        var layout = WordCloudLayout(width: self.width, height: self.height)
        var placed: [PlacedWord] = []
        for word in ranked {
            let share = sqrtHigh > sqrtLow ? (Double(word.count).squareRoot() - sqrtLow) / (sqrtHigh - sqrtLow) : 1
            let fontSize = ((smallest + (largest - smallest) * share) * 10).rounded() / 10
            let boxWidth = Double(word.text.count) * fontSize * Self.characterWidth + 2 * Self.padding
            let boxHeight = fontSize * Self.lineHeight + 2 * Self.padding
            guard let centre = layout.place(width: boxWidth, height: boxHeight) else { continue }
            placed.append(
                PlacedWord(
                    text: word.text, count: word.count, x: centre.x, y: centre.y, fontSize: fontSize,
                    colour: Self.palette[placed.count % Self.palette.count]))
        }
        self.placed = placed
        leftOutCount = ranked.count - placed.count
    }

    /// The text alternative: the words drawn in order with their counts, and how many were left out. For example
    /// "Word cloud of 3 words, most frequent first, each with how often it occurs: trust 24, leadership 18,
    /// place 12."
    public var description: String {
        guard !placed.isEmpty else { return Self.emptyMessage }
        let listed = placed.map { "\($0.text) \($0.count)" }.joined(separator: ", ")
        let noun = placed.count == 1 ? "word" : "words"
        var text = "Word cloud of \(placed.count) \(noun), most frequent first, each with how often it occurs: "
        text += listed + "."
        if leftOutCount == 1 {
            text += " 1 more word did not fit and is not shown."
        } else if leftOutCount > 1 {
            text += " \(leftOutCount) more words did not fit and are not shown."
        }
        return text
    }

    /// The drawing as one `<svg>` element; `idPrefix` makes its ids unique on the page.
    public func svg(idPrefix: String) -> String {
        let base = SVGText.identifier(idPrefix, startingWith: "w")
        let titleID = base + "-title"
        let descriptionID = base + "-desc"
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(SVGNumber.format(width)) "
            + "\(SVGNumber.format(height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descriptionID)\" "
            + "font-family=\"system-ui, sans-serif\">\n"
        svg += "<title id=\"\(titleID)\">\(SVGText.escape(title))</title>\n"
        svg += "<desc id=\"\(descriptionID)\">\(SVGText.escape(description))</desc>\n"
        svg += "<g text-anchor=\"middle\" dominant-baseline=\"central\">\n"
        if placed.isEmpty {
            svg +=
                "<text x=\"\(SVGNumber.format(width / 2))\" y=\"\(SVGNumber.format(height / 2))\" font-size=\"16\" "
                + "fill=\"#333333\">\(SVGText.escape(Self.emptyMessage))</text>\n"
        }
        for word in placed {
            svg +=
                "<text x=\"\(SVGNumber.format(word.x))\" y=\"\(SVGNumber.format(word.y))\" "
                + "font-size=\"\(SVGNumber.format(word.fontSize))\" fill=\"\(word.colour)\">"
                + "\(SVGText.escape(word.text))</text>\n"
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    private static func sanitised(_ value: Double, range: ClosedRange<Double>, fallback: Double) -> Double {
        value.isFinite && range.contains(value) ? value : fallback
    }
}
