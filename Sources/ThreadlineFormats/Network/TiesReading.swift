import ThreadlineCore

/// One pass over a ties file, gathering the ties and every problem found.
struct TiesReading {
    /// The ties of the good rows, in file order; use them only when ``problems`` is empty.
    private(set) var ties: [NetworkTie] = []
    /// The problems found.
    private(set) var problems = NetworkCSVProblemList()

    /// Reads `text`, a whole ties file, checking `from` and `to` against `memberKeys` unless it is `nil` (the
    /// members file could not be read, so naming every tie's members as unknown would only bury its problems).
    init(_ text: String, memberKeys: Set<String>?) {
        let table: NetworkCSVTable
        switch NetworkCSVTable.read(text, columns: NetworkCSV.tieColumns, maximumRows: NetworkCSV.maximumRows) {
        case .success(let read): table = read
        case .failure(let problem):
            problems.add(line: problem.line, problem.message)
            return
        }
        var firstLines: [Pair: Int] = [:]
        for row in table.rows {
            if let sentence = table.cellCountProblem(of: row) {
                problems.add(line: row.line, sentence)
                continue
            }
            let before = problems.kept.count + problems.omittedCount
            let from = table.cell("from", of: row)
            let to = table.cell("to", of: row)
            checkMember(from, column: "from", role: "the member who answered", line: row.line, memberKeys: memberKeys)
            checkMember(to, column: "to", role: "the member answered about", line: row.line, memberKeys: memberKeys)
            if !from.isEmpty, from == to {
                problems.add(
                    line: row.line,
                    "from and to are both “\(NetworkCSVCell.quoted(from))”; a member does not answer about itself.")
            }
            var ratings: [String: Int] = [:]
            for column in NetworkCSV.ratingColumns {
                ratings[column] = rating(table.cell(column, of: row), column: column, line: row.line)
            }
            if !from.isEmpty, !to.isEmpty, from != to {
                let pair = Pair(from: from, to: to)
                if let first = firstLines[pair] {
                    problems.add(
                        line: row.line,
                        "The tie from “\(NetworkCSVCell.quoted(from))” to “\(NetworkCSVCell.quoted(to))” is already "
                            + "on line \(first); give each pair once.")
                } else {
                    firstLines[pair] = row.line
                }
            }
            guard problems.kept.count + problems.omittedCount == before else { continue }
            ties.append(
                NetworkTie(
                    from: from, to: to, frequency: ratings["frequency"], reliability: ratings["reliability"],
                    mission: ratings["mission"], openness: ratings["openness"], power: ratings["power"],
                    involvement: ratings["involvement"], resources: ratings["resources"]))
        }
    }

    /// An ordered pair of members, the key that finds a tie given twice.
    private struct Pair: Hashable {
        var from: String
        var to: String
    }

    /// Adds a problem when `key`, from `column`, is blank or not a member.
    private mutating func checkMember(_ key: String, column: String, role: String, line: Int, memberKeys: Set<String>?)
    {
        if key.isEmpty {
            problems.add(line: line, "\(column) is blank; give the id of \(role).")
        } else if let memberKeys, !memberKeys.contains(key) {
            problems.add(
                line: line,
                "There is no member “\(NetworkCSVCell.quoted(key))” in the members file; \(column) must be a "
                    + "member's id.")
        }
    }

    /// The rating in `text`, `nil` when blank, or `nil` after adding a problem when it is not on the scale.
    private mutating func rating(_ text: String, column: String, line: Int) -> Int? {
        guard !text.isEmpty else { return nil }
        let tail = "ratings are whole numbers from 1 to 4, or blank."
        guard let value = Int(text) else {
            problems.add(line: line, "\(column) is “\(NetworkCSVCell.quoted(text))”; \(tail)")
            return nil
        }
        guard NetworkScale.ratings.contains(value) else {
            problems.add(line: line, "\(column) is \(value); \(tail)")
            return nil
        }
        return value
    }
}
