/// Turns positioned text runs into blocks: lines from runs on the same baseline, paragraphs from lines close
/// together, headings from lines set noticeably larger than the body text, list items from lines that start with a
/// bullet or a number.
///
/// A PDF keeps no structure of its own unless it is tagged (ISO 32000-1 §14.8), which few uploads are, so this reads
/// the structure back from the geometry as a reader would see it.
enum PDFTextLayout {
    /// One line of text on a page.
    struct Line {
        var text: String
        var x: Double
        var y: Double
        var fontSize: Double
        var page: Int
    }

    /// A gap between runs on a line wider than this share of the font size is a space.
    static let spaceGap = 0.2
    /// A line at least this much larger than the body text is a heading…
    static let headingScale = 1.3
    /// …when it is shorter than this.
    static let headingMaximumLength = 120
    /// A gap between baselines more than this many line heights starts a new paragraph.
    static let paragraphGap = 1.5

    /// The blocks of a document whose pages show these runs.
    static func blocks(pages: [[PDFTextRun]]) -> [DocumentBlock] {
        var lines: [Line] = []
        for (index, runs) in pages.enumerated() {
            var pageLines = self.lines(runs, page: index)
            // A page number alone at the top or bottom of a page is furniture, not text.
            if let last = pageLines.last, last.text.allSatisfy(\.isNumber) { pageLines.removeLast() }
            if let first = pageLines.first, first.text.allSatisfy(\.isNumber) { pageLines.removeFirst() }
            lines.append(contentsOf: pageLines)
        }
        guard !lines.isEmpty else { return [] }
        let body = bodySize(lines)
        let headingSizes = Set(
            lines.filter { isHeadingSized($0, body: body) }.map { rounded($0.fontSize) }
        ).sorted(by: >)
        let spacing = lineSpacing(lines)
        var builder = PDFBlockBuilder()
        var previous: Line?
        for line in lines {
            let level =
                isHeadingSized(line, body: body)
                ? min(6, (headingSizes.firstIndex(of: rounded(line.fontSize)) ?? 0) + 1) : nil
            let close = previous.map { isClose($0, line, spacing: spacing[line.page] ?? 1.2) } ?? false
            builder.add(line, headingLevel: level, closeToPrevious: close)
            previous = line
        }
        return builder.finish()
    }

    private static func rounded(_ size: Double) -> Double {
        (size * 2).rounded() / 2
    }

    private static func isHeadingSized(_ line: Line, body: Double) -> Bool {
        line.fontSize >= body * headingScale && line.text.count < headingMaximumLength
    }

    /// The font size most characters are set in.
    private static func bodySize(_ lines: [Line]) -> Double {
        var counts: [Double: Int] = [:]
        for line in lines { counts[rounded(line.fontSize), default: 0] += line.text.count }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 12
    }

    /// Each page's line spacing as a multiple of the font size: the tightest gap between consecutive lines of the
    /// same size, between 1 and 3, or 1.2 when no two lines tell.
    private static func lineSpacing(_ lines: [Line]) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for (above, below) in zip(lines, lines.dropFirst()) where above.page == below.page {
            guard below.fontSize > 0, abs(above.fontSize - below.fontSize) < 0.1 * below.fontSize else { continue }
            let ratio = (above.y - below.y) / below.fontSize
            guard ratio >= 0.9 else { continue }
            result[below.page] = min(result[below.page] ?? 3, ratio)
        }
        return result.mapValues { max(1, $0) }
    }

    /// Whether `line` continues the text of `previous`: on the same page, about the same size, and not further
    /// below it than a paragraph gap.
    private static func isClose(_ previous: Line, _ line: Line, spacing: Double) -> Bool {
        guard previous.page == line.page, line.fontSize > 0 else { return false }
        guard abs(previous.fontSize - line.fontSize) <= 0.15 * max(previous.fontSize, line.fontSize) else {
            return false
        }
        let gap = previous.y - line.y
        return gap > 0 && gap <= paragraphGap * spacing * line.fontSize
    }

    /// Groups a page's runs into lines, top to bottom, each line's runs left to right.
    static func lines(_ runs: [PDFTextRun], page: Int) -> [Line] {
        let ordered = runs.enumerated().sorted {
            $0.element.y != $1.element.y ? $0.element.y > $1.element.y : $0.offset < $1.offset
        }.map(\.element)
        var groups: [[PDFTextRun]] = []
        for run in ordered {
            let tolerance = 0.3 * max(run.fontSize, 1)
            if let first = groups.last?.first, abs(first.y - run.y) <= tolerance {
                groups[groups.count - 1].append(run)
            } else {
                groups.append([run])
            }
        }
        return groups.compactMap { line(from: $0, page: page) }
    }

    private static func line(from runs: [PDFTextRun], page: Int) -> Line? {
        let sorted = runs.enumerated().sorted {
            $0.element.x != $1.element.x ? $0.element.x < $1.element.x : $0.offset < $1.offset
        }.map(\.element)
        var text = ""
        var pendingSpace = false
        var lastEnd: Double?
        var x: Double?
        var sizes: [Double: Int] = [:]
        for run in sorted {
            if run.text.allSatisfy(\.isWhitespace) {
                pendingSpace = !text.isEmpty
                lastEnd = max(lastEnd ?? run.endX, run.endX)
                continue
            }
            if let lastEnd, !text.isEmpty, run.x - lastEnd > spaceGap * run.fontSize { pendingSpace = true }
            if pendingSpace, text.last?.isWhitespace == false, run.text.first?.isWhitespace == false { text += " " }
            pendingSpace = false
            text += run.text
            x = x ?? run.x
            lastEnd = run.endX
            sizes[run.fontSize, default: 0] += run.text.count
        }
        let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !collapsed.isEmpty, let x, let first = sorted.first else { return nil }
        let size = sizes.max { $0.value < $1.value }?.key ?? first.fontSize
        return Line(text: collapsed, x: x, y: first.y, fontSize: size, page: page)
    }
}
