import Foundation
import ThreadlineCore

/// How the network files' cells are read back and quoted in messages.
enum NetworkCSVCell {
    /// Characters a spreadsheet reads as the start of a formula, which ``CSVField/text(_:)`` guards with `'`.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell trimmed, without the `'` that ``CSVField/text(_:)`` (or a spreadsheet) put before a formula
    /// character, so a name written as `'=SUM(A1)` reads back as `=SUM(A1)`.
    static func cleaned(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = trimmed.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else {
            return trimmed
        }
        return String(String.UnicodeScalarView(scalars.dropFirst())).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `text` cut short so a sentence quoting it stays readable whatever the file holds.
    static func quoted(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
