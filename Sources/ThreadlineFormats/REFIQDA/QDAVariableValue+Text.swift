import Foundation

extension QDAVariableValue.Value {
    /// Reads the text of a `TextValue`, `BooleanValue`, … element as a value of `type`, refusing text that is not
    /// of the element's XML Schema type with an error naming the element and line.
    static func parse(_ text: String, as type: QDAVariable.ValueType, line: Int?) throws(REFIQDAError) -> Self {
        // Every type but text is an XML Schema type whose surrounding white space is collapsed away.
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        func refuse(_ what: String) -> REFIQDAError {
            REFIQDAError(
                .invalidValue, "'\(trimmed.prefix(60))' is not \(what).", element: type.rawValue + "Value", line: line)
        }
        switch type {
        case .text:
            return .text(text)
        case .boolean:
            switch trimmed {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: throw refuse("an xsd:boolean (true, false, 1 or 0)")
            }
        case .integer:
            guard let value = Int(trimmed) else {
                throw refuse("a whole number that fits 64 bits")
            }
            return .integer(value)
        case .float:
            guard isDecimal(trimmed), let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
            else {
                throw refuse("an xsd:decimal such as 12.5")
            }
            return .float(value)
        case .date:
            guard isDate(trimmed) else { throw refuse("an xsd:date such as 2022-07-14") }
            return .date(trimmed)
        case .dateTime:
            guard let date = QDADateTime.parse(trimmed) else { throw refuse("an xsd:dateTime") }
            return .dateTime(date)
        }
    }

    /// The value as its element's text.
    var xmlText: String {
        switch self {
        case .text(let text): text
        case .boolean(let value): value ? "true" : "false"
        case .integer(let value): String(value)
        case .float(let value): value.description
        case .date(let text): text
        case .dateTime(let date): QDADateTime.format(date)
        }
    }

    /// Whether `text` is an `xsd:decimal`: an optional sign, digits, and at most one point (no exponent).
    static func isDecimal(_ text: String) -> Bool {
        var digits = 0
        var points = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+") where index == 0, UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }

    /// Whether `text` is an `xsd:date`: `YYYY-MM-DD` (a year of four or more digits, perhaps negative), a real
    /// month and a day that month can have, then an optional `Z` or `±hh:mm` zone.
    static func isDate(_ text: String) -> Bool {
        let characters = Array(text.hasPrefix("-") ? text.dropFirst() : Substring(text))
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count,
                characters[range].allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            return Int(String(characters[range]))
        }
        let yearLength = characters.prefix { $0.isASCII && $0.isNumber }.count
        let monthStart = yearLength + 1
        let dayStart = monthStart + 3
        guard yearLength >= 4, yearLength <= 18, characters.count >= dayStart + 2,
            characters[yearLength] == "-", characters[monthStart + 2] == "-",
            let year = digits(0..<yearLength), let month = digits(monthStart..<(monthStart + 2)),
            let day = digits(dayStart..<(dayStart + 2)), (1...12).contains(month)
        else { return false }
        let zone = String(characters[(dayStart + 2)...])
        if !zone.isEmpty, zone != "Z" {
            let zoneCharacters = Array(zone)
            guard zoneCharacters.count == 6, zoneCharacters[0] == "+" || zoneCharacters[0] == "-",
                zoneCharacters[3] == ":",
                [1, 2, 4, 5].allSatisfy({ zoneCharacters[$0].isASCII && zoneCharacters[$0].isNumber })
            else { return false }
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
