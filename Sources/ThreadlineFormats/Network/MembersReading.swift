import ThreadlineCore

/// One pass over a members file, gathering the members, their ids and every problem found.
struct MembersReading {
    /// The members of the good rows, in file order; use them only when ``problems`` is empty.
    private(set) var members: [NetworkMember] = []
    /// Every id given in the file, even on a row with other problems, so the ties file can be checked against
    /// the ids a person meant; `nil` when the file could not be read as a table at all.
    private(set) var keys: Set<String>?
    /// The problems found.
    private(set) var problems = NetworkCSVProblemList()

    /// Reads `text`, a whole members file.
    init(_ text: String) {
        let table: NetworkCSVTable
        switch NetworkCSVTable.read(text, columns: NetworkCSV.memberColumns, maximumRows: NetworkCSV.maximumRows) {
        case .success(let read): table = read
        case .failure(let problem):
            problems.add(line: problem.line, problem.message)
            return
        }
        var keys: Set<String> = []
        var firstLines: [String: Int] = [:]
        for row in table.rows {
            if let sentence = table.cellCountProblem(of: row) {
                problems.add(line: row.line, sentence)
                continue
            }
            let member = NetworkMember(
                key: table.cell("id", of: row), name: table.cell("name", of: row),
                sector: table.cell("sector", of: row), type: table.cell("type", of: row))
            if !member.key.isEmpty { keys.insert(member.key) }
            let before = problems.kept.count + problems.omittedCount
            check(member, line: row.line, firstLines: &firstLines)
            if problems.kept.count + problems.omittedCount == before { members.append(member) }
        }
        self.keys = keys
        if problems.isEmpty, members.isEmpty {
            problems.add(line: table.header.line, "The file has a header but no members; add one row per organisation.")
        }
    }

    /// Adds the problems of `member`, read from `line`, noting its id's first line.
    private mutating func check(_ member: NetworkMember, line: Int, firstLines: inout [String: Int]) {
        let maximumKey = NetworkMember.maximumKeyLength
        if member.key.isEmpty {
            problems.add(line: line, "The id is blank; give each member an id (a short code such as ORG07 will do).")
        } else if member.key.count > maximumKey {
            problems.add(
                line: line, "The id is \(member.key.count) characters long; an id may have at most \(maximumKey).")
        } else if !NetworkMember.isUsableKey(member.key) {
            problems.add(
                line: line, "The id has a line break or other control character; use letters, digits and dashes.")
        } else if let first = firstLines[member.key] {
            problems.add(
                line: line,
                "The id “\(NetworkCSVCell.quoted(member.key))” is already used on line \(first); give each member "
                    + "its own id.")
        } else {
            firstLines[member.key] = line
        }
        if member.name.isEmpty {
            problems.add(line: line, "The name is blank; give the organisation's name.")
        }
        let maximumText = NetworkMember.maximumTextLength
        for (column, text) in [("name", member.name), ("sector", member.sector), ("type", member.type)]
        where text.count > maximumText {
            problems.add(
                line: line, "The \(column) is \(text.count) characters long; it may have at most \(maximumText).")
        }
    }
}
