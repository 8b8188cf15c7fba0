/// Numbers footnotes in the order they are first referenced, as both renderers need.
///
/// Only referenced footnotes are listed. References inside a footnote can number further footnotes while the
/// list is being rendered, so renderers walk `order` by index rather than iterating a snapshot.
final class FootnoteNumbering {
    private(set) var order: [String] = []
    private var numbers: [String: Int] = [:]
    private var referenceCounts: [String: Int] = [:]

    /// Registers one reference to `label`, returning the footnote's number and this reference's ordinal.
    func reference(_ label: String) -> (number: Int, ordinal: Int) {
        let number: Int
        if let existing = numbers[label] {
            number = existing
        } else {
            order.append(label)
            number = order.count
            numbers[label] = number
        }
        let ordinal = (referenceCounts[label] ?? 0) + 1
        referenceCounts[label] = ordinal
        return (number, ordinal)
    }

    func referenceCount(_ label: String) -> Int {
        referenceCounts[label] ?? 0
    }
}
