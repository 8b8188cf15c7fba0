/// Gathers the blocks a word-processing document's parser finds, flattening tables as ``DocumentBlock`` promises.
///
/// A table becomes one paragraph per row, its cells joined by tabs; the paragraphs inside one cell are joined by
/// line breaks, and a table nested in a cell is flattened into that cell the same way. Blocks with nothing but
/// white space are dropped, since there is nothing in them to code.
struct DocumentBlockCollector {
    /// The blocks so far, in reading order.
    private(set) var blocks: [DocumentBlock] = []
    /// The tables open, innermost last.
    private var tables: [Table] = []

    /// One open table: the finished cells of the row being read, and the paragraphs of the cell being read.
    private struct Table {
        var cells: [String] = []
        var cellParagraphs: [String]?
    }

    /// Adds a finished paragraph, heading or list item (to the open table cell, if there is one).
    mutating func add(_ block: DocumentBlock) {
        guard Self.hasText(block.text) else { return }
        if tables.isEmpty {
            blocks.append(block)
        } else {
            // Tolerates a paragraph outside any cell in a damaged table by opening a cell for it.
            tables[tables.count - 1].cellParagraphs = (tables[tables.count - 1].cellParagraphs ?? []) + [block.text]
        }
    }

    /// A table opens.
    mutating func startTable() {
        tables.append(Table())
    }

    /// A table closes; a row left open is finished first.
    mutating func endTable() {
        guard !tables.isEmpty else { return }
        endRow()
        tables.removeLast()
    }

    /// A row opens.
    mutating func startRow() {
        guard !tables.isEmpty else { return }
        tables[tables.count - 1].cells = []
        tables[tables.count - 1].cellParagraphs = nil
    }

    /// A row closes: it becomes one paragraph, of the enclosing cell when the table is nested.
    mutating func endRow() {
        guard !tables.isEmpty else { return }
        endCell()
        let row = tables[tables.count - 1].cells
        tables[tables.count - 1].cells = []
        guard row.contains(where: Self.hasText) else { return }
        let text = row.joined(separator: "\t")
        if tables.count == 1 {
            blocks.append(.paragraph(text))
        } else {
            let outer = tables.count - 2
            tables[outer].cellParagraphs = (tables[outer].cellParagraphs ?? []) + [text]
        }
    }

    /// A cell opens.
    mutating func startCell() {
        guard !tables.isEmpty else { return }
        endCell()
        tables[tables.count - 1].cellParagraphs = []
    }

    /// A cell closes; its paragraphs become the cell's text.
    mutating func endCell() {
        guard !tables.isEmpty, let paragraphs = tables[tables.count - 1].cellParagraphs else { return }
        tables[tables.count - 1].cells.append(paragraphs.joined(separator: "\n"))
        tables[tables.count - 1].cellParagraphs = nil
    }

    /// Whether `text` has anything but white space.
    static func hasText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
