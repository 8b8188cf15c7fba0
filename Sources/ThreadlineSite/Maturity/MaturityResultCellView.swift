/// One cell of a results table.
public struct MaturityResultCellView {
    public var text: String
    public var histogram: String?

    /// Creates the value from each of its fields.
    public init(text: String, histogram: String? = nil) {
        self.text = text
        self.histogram = histogram
    }
}
