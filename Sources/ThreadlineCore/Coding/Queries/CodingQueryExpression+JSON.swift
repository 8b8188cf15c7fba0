import Foundation

extension CodingQueryExpression {
    /// Reads an expression from JSON, checking all of it and reporting every problem at once.
    ///
    /// - Parameters:
    ///   - json: The expression: a code written as a string, or an object with one of `and`, `or`, `not`, `near`.
    ///   - path: The field path of `json`, put in front of each problem's path (`expression.and[1].near[0]`).
    ///   - resolve: The codes a written code may mean (its ID, its name, or its path with " › " or "/" between
    ///     names); none is an unknown code, more than one is ambiguous.
    ///   - codePath: How to name a code when listing the codes an ambiguous name could mean.
    /// - Throws: `ValidationError` listing every problem, each with its JSON path.
    public init(
        json: JSONValue, path: String = "expression", resolve: (String) -> [Code.ID],
        codePath: (Code.ID) -> String = { $0.description }
    ) throws(ValidationError) {
        var problems: [FieldProblem] = []
        let expression = withoutActuallyEscaping(resolve) { resolve in
            withoutActuallyEscaping(codePath) { codePath in
                Reader(resolve: resolve, codePath: codePath).read(json, path: path, depth: 1, problems: &problems)
            }
        }
        guard problems.isEmpty, let expression else {
            throw ValidationError(
                problems.isEmpty ? [FieldProblem(field: path, message: "The expression could not be read.")] : problems)
        }
        self = expression
    }
}

/// Walks a JSON expression, collecting problems rather than stopping at the first.
private struct Reader {
    let resolve: (String) -> [Code.ID]
    let codePath: (Code.ID) -> String

    static let operators = ["and", "or", "not", "near"]
    static let shapeHint =
        "a code's name, path or ID in quotes, or an object with one of \"and\", \"or\", \"not\" or \"near\""

    func read(_ json: JSONValue, path: String, depth: Int, problems: inout [FieldProblem]) -> CodingQueryExpression? {
        guard depth <= CodingQueryExpression.maximumDepth else {
            problems.append(
                FieldProblem(
                    field: path,
                    message: "The expression nests more than \(CodingQueryExpression.maximumDepth) levels deep."))
            return nil
        }
        switch json {
        case .string(let text):
            return code(text, path: path, problems: &problems)
        case .object(let members):
            return object(members, path: path, depth: depth, problems: &problems)
        default:
            problems.append(FieldProblem(field: path, message: "Write \(Self.shapeHint), not \(json.kindName)."))
            return nil
        }
    }

    private func code(_ text: String, path: String, problems: inout [FieldProblem]) -> CodingQueryExpression? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            problems.append(FieldProblem(field: path, message: "Name a code: the text is empty."))
            return nil
        }
        let matches = resolve(trimmed)
        switch matches.count {
        case 0:
            problems.append(FieldProblem(field: path, message: "No code is called “\(trimmed)”."))
            return nil
        case 1:
            return .code(matches[0])
        default:
            let paths = matches.map(codePath).sorted().map { "“\($0)”" }.joined(separator: ", ")
            problems.append(
                FieldProblem(
                    field: path,
                    message: "“\(trimmed)” could mean \(matches.count) codes: \(paths). Write the code's path or ID."
                ))
            return nil
        }
    }

    private func object(
        _ members: [String: JSONValue], path: String, depth: Int, problems: inout [FieldProblem]
    ) -> CodingQueryExpression? {
        let operators = Self.operators.filter { members[$0] != nil }
        for key in members.keys.sorted() where !Self.operators.contains(key) && key != "within" {
            problems.append(
                FieldProblem(
                    field: "\(path).\(key)",
                    message: "\"\(key)\" is not part of a query: use one of \"and\", \"or\", \"not\" or \"near\" "
                        + "(with \"within\")."))
        }
        if members["within"] != nil, !operators.contains("near") {
            problems.append(FieldProblem(field: "\(path).within", message: "\"within\" only goes with \"near\"."))
        }
        guard operators.count == 1, let name = operators.first, let operand = members[name] else {
            let message =
                operators.isEmpty
                ? "The object needs one of \"and\", \"or\", \"not\" or \"near\"."
                : "Use one operator per object, not "
                    + operators.map { "\"\($0)\"" }.joined(separator: " and ") + ": nest them instead."
            problems.append(FieldProblem(field: path, message: message))
            return nil
        }
        let operandPath = "\(path).\(name)"
        switch name {
        case "and", "or":
            guard let parts = list(operand, name: name, path: operandPath, depth: depth, problems: &problems)
            else { return nil }
            return name == "and" ? .all(parts) : .any(parts)
        case "not":
            return read(operand, path: operandPath, depth: depth + 1, problems: &problems).map { .not($0) }
        default:
            let scope = within(members["within"], path: "\(path).within", problems: &problems)
            guard let parts = list(operand, name: name, path: operandPath, depth: depth, problems: &problems),
                let scope
            else { return nil }
            return .near(parts[0], parts[1], within: scope)
        }
    }

    /// The parts of an `and`, `or` (two or more) or `near` (exactly two).
    private func list(
        _ operand: JSONValue, name: String, path: String, depth: Int, problems: inout [FieldProblem]
    ) -> [CodingQueryExpression]? {
        guard let elements = operand.arrayValue else {
            problems.append(
                FieldProblem(field: path, message: "\"\(name)\" needs a list of expressions, not \(operand.kindName)."))
            return nil
        }
        var countIsRight = true
        if name == "near", elements.count != 2 {
            problems.append(
                FieldProblem(field: path, message: "\"near\" needs exactly two parts (it has \(elements.count))."))
            countIsRight = false
        } else if name != "near", elements.count < 2 {
            problems.append(FieldProblem(field: path, message: "\"\(name)\" needs at least two parts"))
            countIsRight = false
        }
        var parts: [CodingQueryExpression] = []
        for (index, element) in elements.enumerated() {
            if let part = read(element, path: "\(path)[\(index)]", depth: depth + 1, problems: &problems) {
                parts.append(part)
            }
        }
        guard countIsRight, parts.count == elements.count else { return nil }
        return parts
    }

    private func within(
        _ value: JSONValue?, path: String, problems: inout [FieldProblem]
    ) -> CodingQueryExpression.NearScope? {
        guard let value else { return .standard }
        switch value {
        case .string("cue"): return .sameCue
        case .string("paragraph"): return .sameParagraph
        case .number(let number)
        where number.rounded() == number && number >= 0
            && number <= Double(CodingQueryExpression.NearScope.maximumCharacters):
            return .characters(Int(number))
        default:
            problems.append(
                FieldProblem(
                    field: path,
                    message: "within must be a whole number of characters from 0 to 100000, "
                        + "or \"cue\" or \"paragraph\""))
            return nil
        }
    }
}
