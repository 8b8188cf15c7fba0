/// Reads CSV text (RFC 4180: commas, double-quoted cells with doubled quotes inside, CRLF or LF line ends) into rows
/// that remember the line each starts on, so every importer can name the line of a bad value.
public enum CSVReader {
    /// The rows of `text`, each with the line it starts on; blank lines are skipped.
    ///
    /// - Parameters:
    ///   - text: the whole file, already decoded.
    ///   - maximumRows: the most rows read, so a hostile file cannot exhaust memory.
    /// - Throws: ``CSVReadError`` naming the line of an unclosed quote, text after a closing quote, or one row too many.
    public static func rows(of text: String, maximumRows: Int = 1_000_000) throws(CSVReadError) -> [CSVRow] {
        var rows: [CSVRow] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var rowLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        func endRow() throws(CSVReadError) {
            cells.append(cell)
            cell = ""
            if !(cells.count == 1 && cells[0].isEmpty) { rows.append(CSVRow(line: rowLine, cells: cells)) }
            cells = []
            guard rows.count <= maximumRows else {
                throw CSVReadError(line: line, message: "More than \(maximumRows) rows; split the file.")
            }
        }
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                cells.append(cell)
                cell = ""
                afterQuote = false
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                try endRow()
                line += 1
                rowLine = line
                afterQuote = false
            case "\n":
                try endRow()
                line += 1
                rowLine = line
                afterQuote = false
            case "\"" where cell.isEmpty && !afterQuote:
                quoted = true
            default:
                if afterQuote {
                    throw CSVReadError(line: line, message: "Text after a closing quote; double a quote inside a cell.")
                }
                cell.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw CSVReadError(line: rowLine, message: "A quoted cell is not closed.") }
        if !cell.isEmpty || !cells.isEmpty { try endRow() }
        return rows
    }
}
