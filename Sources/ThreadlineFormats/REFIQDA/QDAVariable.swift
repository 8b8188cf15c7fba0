/// A variable the project defines for its sources and cases (`Variables/Variable`), such as "Age" or "Region";
/// each source or case gives its own value with a ``QDAVariableValue``.
public struct QDAVariable: Sendable, Equatable {
    /// The type of value a variable holds (`typeOfVariable`).
    public enum ValueType: String, Sendable, Equatable, CaseIterable {
        /// Text (`TextValue`).
        case text = "Text"
        /// `true` or `false` (`BooleanValue`).
        case boolean = "Boolean"
        /// A whole number (`IntegerValue`).
        case integer = "Integer"
        /// A decimal number (`FloatValue`).
        case float = "Float"
        /// A day (`DateValue`).
        case date = "Date"
        /// A moment (`DateTimeValue`).
        case dateTime = "DateTime"
    }

    /// The variable's GUID, which values name in `VariableRef/@targetGUID`.
    public var guid: QDAGUID
    /// The variable's name.
    public var name: String
    /// The type of its values.
    public var type: ValueType
    /// The text of the `Description` element, empty when absent.
    public var description: String

    /// Creates a variable.
    public init(guid: QDAGUID, name: String, type: ValueType, description: String = "") {
        self.guid = guid
        self.name = name
        self.type = type
        self.description = description
    }
}
