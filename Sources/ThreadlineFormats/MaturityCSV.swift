public import ThreadlineCore

/// Reads maturity survey answers collected elsewhere: one row per respondent and enabler, under the header
/// `respondent,place,year,role,enabler,level,comment` (columns in any order, names in any case, `comment` optional).
///
/// Rows with the same respondent, place and year are one response. A place is named by its name or URL name, an
/// enabler by its number, name or URL name; a blank level means "don't know". The whole file is checked first and
/// every problem is returned with its line number, so a person can correct them all at once; a file with any
/// problem gives no responses.
public enum MaturityCSV {
    /// The columns every file must have.
    public static let requiredColumns = ["respondent", "place", "year", "role", "enabler", "level"]
    /// The columns a file may have as well.
    public static let optionalColumns = ["comment"]
    /// The most rows read, so a hostile file cannot exhaust memory.
    public static let maximumRows = 200_000

    /// One response read from the file.
    public struct Response: Sendable, Hashable {
        /// The respondent's label in the file (a number or initials; never shown to anyone).
        public var respondent: String
        /// The place answered about.
        public var placeID: Place.ID
        /// The survey year.
        public var year: Int
        /// The respondent's role.
        public var role: String
        /// One answer per enabler, in file order.
        public var answers: [MaturityAnswer]
        /// The line of the response's first row.
        public var line: Int
    }

    /// What reading a file gave.
    public enum Outcome: Sendable, Equatable {
        /// Every row was good: the responses, in the order their first rows appear.
        case responses([Response])
        /// Every problem found, in line order; the file gives no responses.
        case problems([CSVReadError])
    }

    /// The responses in `text`, or every problem found.
    public static func read(
        _ text: String, places: [Place], enablers: [Enabler], scale: MaturityScale
    ) -> Outcome {
        let rows: [CSVRow]
        do {
            rows = try CSVReader.rows(of: text, maximumRows: maximumRows)
        } catch {
            return .problems([error])
        }
        guard let header = rows.first else {
            return .problems([CSVReadError(line: 1, message: "The file is empty; it needs a header row.")])
        }
        let columns: [String: Int]
        switch Self.columns(of: header) {
        case .success(let found): columns = found
        case .failure(let problem): return .problems([problem])
        }
        let lookup = Lookup(places: places, enablers: enablers)
        var problems: [CSVReadError] = []
        var responses: [Response] = []
        var responseIndex: [String: Int] = [:]
        var answered: [String: Int] = [:]
        for row in rows.dropFirst() {
            func problem(_ message: String) { problems.append(CSVReadError(line: row.line, message: message)) }
            guard row.cells.count == header.cells.count else {
                problem("The row has \(row.cells.count) cells; the header has \(header.cells.count).")
                continue
            }
            func cell(_ name: String) -> String {
                columns[name].map { row.cells[$0].trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            }
            let respondent = cell("respondent")
            let role = cell("role")
            let comment = cell("comment")
            var rowIsGood = true
            if respondent.isEmpty {
                problem("The respondent is blank; give each respondent a label (a number will do).")
                rowIsGood = false
            }
            let place = lookup.place(cell("place"))
            if place == nil {
                problem("There is no place “\(cell("place"))”; use a place's name or URL name.")
                rowIsGood = false
            }
            let year = Int(cell("year"))
            if year == nil || !MaturitySurvey.years.contains(year ?? 0) {
                problem(
                    "The year “\(cell("year"))” is not a year from \(MaturitySurvey.years.lowerBound) to "
                        + "\(MaturitySurvey.years.upperBound).")
                rowIsGood = false
            }
            if role.isEmpty {
                problem("The role is blank; say what the respondent's role is.")
                rowIsGood = false
            }
            let enabler = lookup.enabler(cell("enabler"))
            if enabler == nil {
                problem("There is no system enabler “\(cell("enabler"))”; use its number or name.")
                rowIsGood = false
            }
            var level: Int?
            let levelText = cell("level")
            if !levelText.isEmpty {
                if let value = Int(levelText), scale.contains(value) {
                    level = value
                } else if Int(levelText) != nil {
                    problem("level \(levelText) is not on the scale (\(scale.rangeText)).")
                    rowIsGood = false
                } else {
                    problem(
                        "The level “\(levelText)” is not a whole number on the scale (\(scale.rangeText)); "
                            + "leave it blank for “don't know”.")
                    rowIsGood = false
                }
            }
            if comment.count > MaturityAnswer.maximumCommentLength {
                problem("The comment is longer than \(MaturityAnswer.maximumCommentLength) characters.")
                rowIsGood = false
            }
            guard rowIsGood, let place, let year, let enabler else { continue }
            let key = "\(respondent.lowercased())\u{1F}\(place.id)\u{1F}\(year)"
            if let earlier = answered["\(key)\u{1F}\(enabler.id)"] {
                problem(
                    "Respondent \(respondent) already rated “\(enabler.name)” for \(place.name) in \(year) "
                        + "on line \(earlier).")
                continue
            }
            answered["\(key)\u{1F}\(enabler.id)"] = row.line
            let answer = MaturityAnswer(enablerID: enabler.id, level: level, comment: comment)
            if let index = responseIndex[key] {
                if responses[index].role != role {
                    problem(
                        "Respondent \(respondent)'s role is “\(role)” here but “\(responses[index].role)” on line "
                            + "\(responses[index].line); one response has one role.")
                    continue
                }
                responses[index].answers.append(answer)
            } else {
                responseIndex[key] = responses.count
                responses.append(
                    Response(
                        respondent: respondent, placeID: place.id, year: year, role: role, answers: [answer],
                        line: row.line))
            }
        }
        if problems.isEmpty, responses.isEmpty {
            problems.append(CSVReadError(line: header.line, message: "The file has a header but no answers."))
        }
        guard problems.count > maximumProblems else {
            return problems.isEmpty ? .responses(responses) : .problems(problems)
        }
        // A page of a million problems helps no one: the first ones show what is wrong with the file.
        let omitted = problems.count - maximumProblems
        return .problems(
            Array(problems.prefix(maximumProblems)) + [
                CSVReadError(
                    line: problems[maximumProblems].line,
                    message: "…and \(omitted.groupedText) more \(omitted == 1 ? "problem" : "problems") from here on.")
            ])
    }

    /// The most problems listed; the rest are counted.
    public static let maximumProblems = 200

    /// The position of each known column, or one problem naming every missing, unknown or repeated column.
    static func columns(of header: CSVRow) -> Result<[String: Int], CSVReadError> {
        var found: [String: Int] = [:]
        var unknown: [String] = []
        var repeated: [String] = []
        for (index, cell) in header.cells.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            guard requiredColumns.contains(name) || optionalColumns.contains(name) else {
                unknown.append(cell)
                continue
            }
            if found[name] != nil { repeated.append(name) } else { found[name] = index }
        }
        let missing = requiredColumns.filter { found[$0] == nil }
        var messages: [String] = []
        if !missing.isEmpty { messages.append("missing " + missing.joined(separator: ", ")) }
        if !unknown.isEmpty { messages.append("not known: " + unknown.map { "“\($0)”" }.joined(separator: ", ")) }
        if !repeated.isEmpty { messages.append("repeated: " + repeated.joined(separator: ", ")) }
        guard messages.isEmpty else {
            let expected = (requiredColumns + optionalColumns).joined(separator: ",")
            return .failure(
                CSVReadError(
                    line: header.line,
                    message: "The header's columns are wrong (\(messages.joined(separator: "; "))). "
                        + "Expected: \(expected) (comment optional, any order)."))
        }
        return .success(found)
    }

    /// Finds places and enablers by the ways people name them.
    struct Lookup {
        var places: [String: Place] = [:]
        var enablers: [String: Enabler] = [:]

        init(places: [Place], enablers: [Enabler]) {
            for place in places {
                self.places[place.slug.lowercased()] = place
                self.places[place.name.lowercased()] = place
            }
            for enabler in enablers {
                self.enablers[enabler.slug.lowercased()] = enabler
                self.enablers[enabler.name.lowercased()] = enabler
                self.enablers[String(enabler.number)] = enabler
            }
        }

        func place(_ text: String) -> Place? {
            text.isEmpty ? nil : places[text.lowercased()]
        }

        func enabler(_ text: String) -> Enabler? {
            text.isEmpty ? nil : enablers[text.lowercased()]
        }
    }
}
