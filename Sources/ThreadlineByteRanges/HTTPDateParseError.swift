/// Why a value is not an HTTP-date (RFC 9110 §5.6.7), and where.
public struct HTTPDateParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A numeric part of a date.
    public enum Field: String, Hashable, Sendable {
        case day
        case hour
        case minute
        case second
    }

    /// The kinds of problem the parser reports.
    public enum Reason: Hashable, Sendable {
        /// The value is longer than any HTTP-date can be.
        case tooLong(limit: Int)
        /// The value does not start with a day name followed by `,` or a space.
        case unrecognizedFormat
        /// The day name is not one of the names the detected format allows (names are case-sensitive).
        case unknownDayName
        /// The month is not one of `Jan` … `Dec` (case-sensitive).
        case unknownMonth
        /// A specific byte was required, for example the `,` after the day name or the `:` in the time.
        case expectedCharacter(Character)
        /// A fixed number of decimal digits was required.
        case expectedDigits(count: Int)
        /// The zone must be the literal `GMT`.
        case expectedGMT
        /// A number is outside the range its field allows, for example day 31 in April or hour 24.
        case fieldOutOfRange(Field, value: Int)
        /// Something follows a complete date.
        case trailingCharacters
    }

    /// What went wrong.
    public let reason: Reason
    /// The offset, in UTF-8 bytes from the start of the value, where the problem was detected.
    public let byteOffset: Int

    /// Creates an error for `reason` detected at `byteOffset`.
    public init(_ reason: Reason, at byteOffset: Int) {
        self.reason = reason
        self.byteOffset = byteOffset
    }

    /// A sentence describing the problem and its position.
    public var description: String {
        "Invalid HTTP-date at byte offset \(byteOffset): \(explanation)."
    }

    private var explanation: String {
        switch reason {
        case .tooLong(let limit):
            return "longer than \(limit) bytes"
        case .unrecognizedFormat:
            return "not an IMF-fixdate, RFC 850 date or asctime date"
        case .unknownDayName:
            return "unknown day name"
        case .unknownMonth:
            return "unknown month name"
        case .expectedCharacter(let character):
            return "expected '\(character)'"
        case .expectedDigits(let count):
            return "expected \(count) decimal digit\(count == 1 ? "" : "s")"
        case .expectedGMT:
            return "expected the time zone 'GMT'"
        case .fieldOutOfRange(let field, let value):
            return "\(value) is not a valid \(field.rawValue)"
        case .trailingCharacters:
            return "unexpected characters after the date"
        }
    }
}
