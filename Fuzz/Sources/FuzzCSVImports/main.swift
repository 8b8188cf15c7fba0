import Foundation
import FuzzSupport
import ThreadlineCore
import ThreadlineFormats

// One text per input, given to every CSV import: the plain row reader, Counts and Measures, maturity ratings and
// the network's members and ties files. Each must return values or problems on lines that exist; what the writers
// produce must read back the same.
FuzzDriver.run { data in
    let lines = LineCount.of(data)
    let text = String(decoding: data, as: UTF8.self)
    CSVImportCheck.rows(text, lines: lines)
    CSVImportCheck.countsMeasures(data, lines: lines)
    CSVImportCheck.maturity(text, lines: lines)
    CSVImportCheck.network(text, lines: lines)
}
