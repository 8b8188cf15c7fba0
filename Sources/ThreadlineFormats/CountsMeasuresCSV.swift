public import Foundation
import ThreadlineCore

/// Reads and writes the Counts and Measures CSV file: every six months each place reports, per system enabler,
/// numeric indicators with a unit and qualitative examples.
///
/// The first row names the columns, in any order, in any case, with spaces around allowed:
/// `place`, `period` and `enabler` are required; `indicator`, `unit`, `value` and `example` may be left out of a
/// file that has no figures or no examples. Each row is either a figure (`indicator` and `value`, `unit` optional)
/// or an example (`example`, with no value, indicator or unit). Cells are trimmed, and a cell a spreadsheet tool
/// guarded with a leading `'` (as ``CSVField/text(_:)`` does for text starting with `=`, `+`, `-`, `@`, tab or
/// CR) is read without it, so what ``csv(_:)`` writes reads back as the same records.
///
/// Reading never stops at the first mistake: it checks every row and throws one ``CountsMeasuresCSVError``
/// listing every problem with its line and column, so a file can be fixed in one pass.
public enum CountsMeasuresCSV {
    /// The columns in the order ``csv(_:)`` writes them.
    public static let columns = ["place", "period", "enabler", "indicator", "unit", "value", "example"]
    /// The columns every file must have.
    public static let requiredColumns = ["place", "period", "enabler"]
    /// The most problems an error keeps; a file wrong throughout (a different export, say) would otherwise give
    /// a list nobody reads. The rest are counted in ``CountsMeasuresCSVError/omittedCount``.
    public static let maximumProblems = 200

    /// The records in `data`, which must be UTF-8 (a byte order mark is allowed).
    ///
    /// - Throws: ``CountsMeasuresCSVError`` with every problem found: an empty file, bytes that are not UTF-8,
    ///   unreadable CSV, a bad header, or bad rows.
    public static func records(from data: Data) throws(CountsMeasuresCSVError) -> [CountsMeasuresRecord] {
        var bytes = data[...]
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(byteOrderMark.count) }
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            // The offset counts from the start of the data, byte order mark included, as a hex viewer would.
            let position = offset + (data.count - bytes.count)
            throw CountsMeasuresCSVError(problems: [
                CountsMeasuresProblem(
                    line: 1, column: nil,
                    message: "The file is not UTF-8 text (byte \(position) cannot be read); save it from the "
                        + "spreadsheet as \"CSV UTF-8\".")
            ])
        }
        return try records(from: String(decoding: bytes, as: UTF8.self))
    }

    /// The records in `text`, the whole file already decoded (a leading byte order mark is allowed).
    ///
    /// - Throws: ``CountsMeasuresCSVError`` with every problem found.
    public static func records(from text: String) throws(CountsMeasuresCSVError) -> [CountsMeasuresRecord] {
        var reading = CountsMeasuresReading()
        let records = reading.read(text)
        guard reading.problems.isEmpty else {
            throw CountsMeasuresCSVError(problems: reading.problems, omittedCount: reading.omittedCount)
        }
        return records
    }

    /// A file holding `records`: the header row of ``columns``, then one row each, lines ended by CRLF
    /// (RFC 4180). Text goes through ``CSVField/text(_:)``, so it is quoted where needed and guarded against
    /// spreadsheet formulas; values are written in full without needless decimals ("1200", "12.5"). The records'
    /// `line` is ignored.
    ///
    /// Reading the result gives back the same records (apart from `line`) as long as their text has no spaces
    /// around it, nothing required is empty, a unit is `nil` rather than empty, and values are finite.
    public static func csv(_ records: [CountsMeasuresRecord]) -> String {
        var text = columns.joined(separator: ",") + "\r\n"
        for record in records {
            var cells = [
                CSVField.text(record.place), CSVField.text(record.period.description), CSVField.text(record.enabler),
            ]
            switch record.kind {
            case .figure(let indicator, let unit, let value):
                // A plain number cannot start a formula, so it needs no guard; writing it bare keeps it a number
                // when the file is opened in a spreadsheet.
                cells += [CSVField.text(indicator), CSVField.text(unit ?? ""), MeasureNumberText.exact(value), ""]
            case .example(let example):
                cells += ["", "", "", CSVField.text(example)]
            }
            text += cells.joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence, or `nil`.
    private static func firstInvalidUTF8Offset(in bytes: Data.SubSequence) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
