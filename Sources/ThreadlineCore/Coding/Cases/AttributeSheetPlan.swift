public import Foundation

/// What an attribute sheet (a spreadsheet with one row per case, NVivo's classification sheet) would change, or
/// every problem that stops it, each by line and column.
///
/// The first row names the columns: `Case` (the case's name; `Name` is read the same), optionally `Kind` and
/// `Description`, then one column per attribute, matched to the defined attributes by name whatever the letter
/// case. A row naming an existing case updates it (a blank cell clears that value); a new name creates a case.
/// Nothing is changed unless the whole sheet is right, so a sheet with one bad cell changes nothing.
public struct AttributeSheetPlan: Sendable {
    /// The cases to create.
    public private(set) var creations: [ResearchCase] = []
    /// The existing cases as they will be.
    public private(set) var updates: [ResearchCase] = []
    /// Everything wrong, in line order; when not empty nothing may be changed.
    public private(set) var problems: [AttributeSheetProblem] = []

    /// The most rows read; a sheet of more cases is refused as a whole.
    public static let rowLimit = 20_000

    /// Plans `rows` (each with its line in the file; the first is the header) against the `attributes` defined
    /// and the `cases` that exist, giving new cases IDs from `ids`.
    public init(
        rows: [(line: Int, cells: [String])], attributes: [CaseAttribute], cases: [ResearchCase],
        ids: any IDGenerator, now: Date
    ) {
        guard let header = rows.first else {
            problems.append(AttributeSheetProblem(line: 1, message: "The sheet is empty: it needs a header row."))
            return
        }
        if rows.count - 1 > Self.rowLimit {
            problems.append(
                AttributeSheetProblem(
                    line: rows[Self.rowLimit + 1].line,
                    message: "A sheet can hold at most \(Self.rowLimit) cases; split it into several."))
            return
        }
        enum Column {
            case name, kind, description
            case attribute(CaseAttribute)
            case ignored
        }
        let attributesByName = Dictionary(
            attributes.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var columns: [Column] = []
        var seenHeadings: [String: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let heading = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            let key = heading.lowercased()
            if heading.isEmpty {
                columns.append(.ignored)
                continue
            }
            if let earlier = seenHeadings[key] {
                problems.append(
                    AttributeSheetProblem(
                        line: header.line, column: heading,
                        message: "Column \(index + 1) repeats column \(earlier + 1)'s heading."))
                columns.append(.ignored)
                continue
            }
            seenHeadings[key] = index
            switch key {
            case "case", "name": columns.append(.name)
            case "kind": columns.append(.kind)
            case "description": columns.append(.description)
            default:
                if let attribute = attributesByName[key] {
                    columns.append(.attribute(attribute))
                } else {
                    columns.append(.ignored)
                    problems.append(
                        AttributeSheetProblem(
                            line: header.line, column: heading,
                            message:
                                "No attribute is called \"\(heading)\": define it on the Cases page first, or remove the column."
                        ))
                }
            }
        }
        guard let nameColumn = columns.firstIndex(where: { if case .name = $0 { true } else { false } }) else {
            problems.append(
                AttributeSheetProblem(
                    line: header.line, message: "No column is headed \"Case\": it names the case on each row."))
            return
        }
        let existing = Dictionary(cases.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var firstLine: [String: Int] = [:]
        for row in rows.dropFirst() {
            let cells = row.cells
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            let name = nameColumn < cells.count ? cells[nameColumn].trimmingCharacters(in: .whitespacesAndNewlines) : ""
            guard !name.isEmpty else {
                problems.append(AttributeSheetProblem(line: row.line, column: "Case", message: "The case has no name."))
                continue
            }
            if let earlier = firstLine[name.lowercased()] {
                problems.append(
                    AttributeSheetProblem(
                        line: row.line, column: "Case",
                        message: "\"\(name)\" is named twice: also on line \(earlier). Keep one row per case."))
                continue
            }
            firstLine[name.lowercased()] = row.line
            var item =
                existing[name.lowercased()]
                ?? ResearchCase(id: ids.next(ResearchCase.self), name: name, createdAt: now)
            item.updatedAt = now
            var rowProblems: [AttributeSheetProblem] = []
            for (index, column) in columns.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                switch column {
                case .name, .ignored: break
                case .kind:
                    let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
                    if text.isEmpty { break }
                    if let kind = CaseKind.allCases.first(where: {
                        $0.label.caseInsensitiveCompare(text) == .orderedSame
                            || $0.rawValue.caseInsensitiveCompare(text) == .orderedSame
                    }) {
                        item.kind = kind
                    } else {
                        rowProblems.append(
                            AttributeSheetProblem(
                                line: row.line, column: "Kind",
                                message: "\"\(text)\" is not a kind of case: write one of "
                                    + CaseKind.allCases.map(\.label).joined(separator: ", ") + "."))
                    }
                case .description:
                    item.description = cell.trimmingCharacters(in: .whitespacesAndNewlines)
                case .attribute(let attribute):
                    switch attribute.value(from: cell) {
                    case .value(let value): item.values[attribute.id] = value
                    case .problem(let problem):
                        rowProblems.append(
                            AttributeSheetProblem(line: row.line, column: attribute.name, message: problem.message))
                    }
                }
            }
            for problem in item.problems(attributes: attributes) where problem.field == "name" {
                rowProblems.append(AttributeSheetProblem(line: row.line, column: "Case", message: problem.message))
            }
            problems += rowProblems
            guard rowProblems.isEmpty else { continue }
            if existing[name.lowercased()] != nil { updates.append(item) } else { creations.append(item) }
        }
        problems.sort { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }
    }
}
