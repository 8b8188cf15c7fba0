/// A problem in an error summary, linking to the field at fault.
public struct ProblemLinkView {
    public var message: String
    public var fieldID: String

    /// Creates the value from each of its fields.
    public init(message: String, fieldID: String) {
        self.message = message
        self.fieldID = fieldID
    }
}
