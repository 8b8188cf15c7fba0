public import Foundation

/// The value a source or case gives one of the project's variables (`VariableValue`).
public struct QDAVariableValue: Sendable, Equatable {
    /// A typed value; its case must match the variable's ``QDAVariable/ValueType``.
    public enum Value: Sendable, Equatable {
        /// `TextValue`.
        case text(String)
        /// `BooleanValue`.
        case boolean(Bool)
        /// `IntegerValue`.
        case integer(Int)
        /// `FloatValue` (an `xsd:decimal`, kept as a decimal so that it is written back digit for digit).
        case float(Decimal)
        /// `DateValue`: an `xsd:date` as written, `YYYY-MM-DD` with an optional time zone.
        case date(String)
        /// `DateTimeValue`.
        case dateTime(Date)

        /// The variable type this value belongs to.
        public var type: QDAVariable.ValueType {
            switch self {
            case .text: .text
            case .boolean: .boolean
            case .integer: .integer
            case .float: .float
            case .date: .date
            case .dateTime: .dateTime
            }
        }

        /// The element that carries the value (`TextValue`, `BooleanValue`, …).
        public var elementName: String { type.rawValue + "Value" }
    }

    /// The variable this is a value of (`VariableRef/@targetGUID`).
    public var variableGUID: QDAGUID
    /// The value; `nil` when the element gives none (the schema allows a variable to be left empty).
    public var value: Value?

    /// Creates a value.
    public init(variableGUID: QDAGUID, value: Value?) {
        self.variableGUID = variableGUID
        self.value = value
    }
}
