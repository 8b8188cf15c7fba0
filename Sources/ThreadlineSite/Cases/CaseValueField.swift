/// One attribute's field in a case's form: a text box, a number or date box, or a list to choose from.
public struct CaseValueField {
    /// The field's name and ID (`value-<attribute id>`).
    public var name: String
    /// The attribute's name, as the label.
    public var label: String
    /// What to type, for numbers and dates.
    public var hint: String?
    /// The value shown.
    public var value: String
    /// Whether it is a list (a select) rather than a box.
    public var isList: Bool
    /// For a list: "(no value)" then its values.
    public var options: [OptionView]
    /// For a box: the keyboard a phone should offer (`decimal` for numbers).
    public var inputMode: String?
    /// Why the value typed was refused.
    public var problem: String?

    /// Creates the value from each of its fields.
    public init(
        name: String, label: String, hint: String?, value: String, isList: Bool, options: [OptionView],
        inputMode: String?, problem: String?
    ) {
        self.name = name
        self.label = label
        self.hint = hint
        self.value = value
        self.isList = isList
        self.options = options
        self.inputMode = inputMode
        self.problem = problem
    }
}
