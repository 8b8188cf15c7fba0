public import ThreadlineCore

extension NetworkCSV {
    /// The ties in `text`, a whole ties file already decoded, or every problem found.
    ///
    /// Each row needs a `from` and a `to` that are ids in `memberKeys` and differ from each other; each ordered
    /// pair may appear once. Every rating is a whole number from 1 to 4, or blank where it was not answered.
    ///
    /// - Parameters:
    ///   - text: the whole ties file, already decoded.
    ///   - memberKeys: the ids of the wave's members.
    /// - Returns: ``TiesOutcome/ties(_:)`` in file order, or ``TiesOutcome/problems(_:)`` naming the line (and,
    ///   in the sentence, the column) of every problem: an empty file, a wrong header, unreadable CSV, a row with
    ///   the wrong number of cells, a blank or unknown member, a tie from a member to itself, a rating that is not
    ///   a whole number from 1 to 4, or a pair already given (with the line that gave it first).
    public static func readTies(_ text: String, memberKeys: Set<String>) -> TiesOutcome {
        let reading = TiesReading(text, memberKeys: memberKeys)
        return reading.problems.isEmpty ? .ties(reading.ties) : .problems(reading.problems.errors)
    }

    /// A ties file holding `ties`: the header ``tieColumns``, then one row each, lines ended by CRLF (RFC 4180).
    ///
    /// Member ids go through ``CSVField/text(_:)``; ratings are written as bare numbers, and unanswered ones as
    /// empty cells. Reading the result gives back the same ties as long as they are valid (members known, no tie
    /// to oneself, each pair once, ratings from 1 to 4) and the ids have no spaces around them.
    public static func writeTies(_ ties: [NetworkTie]) -> String {
        var text = tieColumns.joined(separator: ",") + "\r\n"
        for tie in ties {
            // A number cannot start a formula, so it needs no guard; written bare it stays a number in a
            // spreadsheet.
            let ratings = tie.answers.map { answer in answer.value.map { String($0) } ?? "" }
            let cells = [CSVField.text(tie.from), CSVField.text(tie.to)] + ratings
            text += cells.joined(separator: ",") + "\r\n"
        }
        return text
    }
}
