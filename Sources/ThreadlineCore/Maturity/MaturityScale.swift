/// The programme's rating scale: consecutive whole numbers, each with a descriptor (1 "not started" … 5 "embedded").
///
/// A scale is a plain value and may be invalid while someone is editing it; ``problems`` says what is wrong, and the
/// aggregation refuses a scale that has any problem.
public struct MaturityScale: Hashable, Sendable, Codable {
    /// The levels, lowest first.
    public var levels: [MaturityLevel]

    /// Creates a scale; call ``problems`` to check it.
    public init(levels: [MaturityLevel]) {
        self.levels = levels
    }

    /// Everything wrong with the scale, in field order: fewer than two levels, a value that is not one more than the
    /// value before it, or a descriptor that is empty or only white space. Empty when the scale is valid.
    public var problems: [MaturityScaleProblem] {
        var problems: [MaturityScaleProblem] = []
        if levels.count < 2 {
            problems.append(
                MaturityScaleProblem(
                    field: "levels",
                    message: "A scale needs at least 2 levels; this one has \(levels.count)."))
        }
        for (index, level) in levels.enumerated() {
            // Consecutive values let a rating's level be found by subtraction and keep the quartiles meaningful.
            if index > 0 {
                let previous = levels[index - 1].value
                let (expected, overflow) = previous.addingReportingOverflow(1)
                if overflow || level.value != expected {
                    let wanted = overflow ? "a value above \(previous)" : "\(expected)"
                    problems.append(
                        MaturityScaleProblem(
                            field: "levels[\(index)].value",
                            message: "Level values must be consecutive whole numbers, lowest first: expected "
                                + "\(wanted) after \(previous), found \(level.value)."))
                }
            }
            if level.descriptor.allSatisfy(\.isWhitespace) {
                problems.append(
                    MaturityScaleProblem(
                        field: "levels[\(index)].descriptor",
                        message: "Level \(level.value) needs a descriptor saying what it means."))
            }
        }
        return problems
    }

    /// Whether `value` is one of the scale's level values.
    public func contains(_ value: Int) -> Bool {
        levels.contains { $0.value == value }
    }

    /// The descriptor of the level with `value`, or `nil` when the scale has no such level.
    public func descriptor(for value: Int) -> String? {
        levels.first { $0.value == value }?.descriptor
    }
}
