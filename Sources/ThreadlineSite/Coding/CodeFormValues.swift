/// The values of the code form.
public struct CodeFormValues {
    public var name: String = ""
    public var description: String = ""
    public var colour: String = "#1f6fb2"
    public var memo: String = ""

    /// Creates the value from each of its fields.
    public init(name: String = "", description: String = "", colour: String = "#1f6fb2", memo: String = "") {
        self.name = name
        self.description = description
        self.colour = colour
        self.memo = memo
    }
}
