import ThreadlineCore

public struct OptionView {
    public var value: String
    public var label: String
    public var isSelected: Bool
    public var id: String

    /// Creates the value from each of its fields.
    public init(value: String, label: String, isSelected: Bool, id: String) {
        self.value = value
        self.label = label
        self.isSelected = isSelected
        self.id = id
    }
}

extension OptionView {
    /// An option of a select list that no label points at by ID.
    public init(value: String, label: String, isSelected: Bool) {
        self.init(value: value, label: label, isSelected: isSelected, id: "")
    }
}
