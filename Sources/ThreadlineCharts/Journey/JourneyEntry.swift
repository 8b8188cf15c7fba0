/// A milestone ready to draw: its enablers resolved to names and its era found.
struct JourneyEntry {
    let milestone: JourneyMilestone
    /// Linked enablers, ascending by number without repeats; unnamed numbers are called "Enabler n".
    let enablers: [JourneyEnablerStyle]
    let era: JourneyEra?
    /// Where the era sits among the sorted eras, for alternating band colours.
    let eraIndex: Int?

    /// "14 July 2022: Board formed (governance; enablers 1 Leadership, 2 Funding)", for tooltips.
    var summary: String {
        let links =
            enablers.isEmpty
            ? "no linked enabler"
            : (enablers.count == 1 ? "enabler " : "enablers ")
                + enablers.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
        let kind = milestone.kind.isEmpty ? "" : "\(milestone.kind); "
        return "\(milestone.date.displayText): \(milestone.title) (\(kind)\(links))"
    }
}
