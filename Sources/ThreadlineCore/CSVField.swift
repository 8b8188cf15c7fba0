/// Writes single CSV fields (RFC 4180) that spreadsheets will not mistake for formulas.
public enum CSVField {
    /// Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection").
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` guarded against formula injection, then quoted if it holds a comma, quote, CR or LF.
    public static func text(_ text: String) -> String {
        var field = text
        if let first = field.unicodeScalars.first, formulaStarts.contains(Character(first)) {
            field = "'" + field
        }
        let needsQuotes = field.unicodeScalars.contains {
            $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
        }
        guard needsQuotes else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        result.reserveCapacity(utf8.count + 2)
        for scalar in unicodeScalars {
            if scalar == "\"" { result += "\"\"" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
