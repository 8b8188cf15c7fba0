/// One thing wrong with a maturity scale, with the path of the field at fault (`levels[2].descriptor`).
///
/// It has the same shape as Threadline's `FieldProblem` so a form or an import can show it beside the field.
public struct MaturityScaleProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The path of the field at fault: `levels` for the list as a whole, `levels[2].value` for one entry.
    public var field: String
    /// A sentence a person can act on.
    public var message: String

    /// Creates a problem.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
