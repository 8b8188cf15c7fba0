/// One thing wrong with one field: what a form shows beside the field and an import shows beside its path.
public struct FieldProblem: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The field's key (`title`, `place_id`) or, for nested data, its path (`places[2].milestones[0].date`).
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

    /// The same problem under a longer path, e.g. `title` under `stories[3]` is `stories[3].title`.
    public func prefixed(by path: String) -> FieldProblem {
        guard !path.isEmpty else { return self }
        return FieldProblem(field: field.isEmpty ? path : "\(path).\(field)", message: message)
    }
}

/// Every problem found in a value, reported together so that a person can fix them all at once.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var problems: [FieldProblem]

    /// Creates the error from a non-empty list of problems.
    public init(_ problems: [FieldProblem]) {
        self.problems = problems
    }

    /// Throws when `problems` is not empty.
    public static func check(_ problems: [FieldProblem]) throws(ValidationError) {
        if !problems.isEmpty { throw ValidationError(problems) }
    }

    /// The problems for one field.
    public func messages(for field: String) -> [String] {
        problems.filter { $0.field == field }.map(\.message)
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
