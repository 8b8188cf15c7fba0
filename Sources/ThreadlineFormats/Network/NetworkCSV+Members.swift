public import ThreadlineCore

extension NetworkCSV {
    /// The members in `text`, a whole members file already decoded, or every problem found.
    ///
    /// Each row needs an `id` (at most ``NetworkMember/maximumKeyLength`` characters, used once in the file) and a
    /// `name`. `sector` and `type` may be blank and are then kept as "": a member with no sector is drawn in the
    /// diagram's neutral colour rather than refused. Ids are compared exactly, letter case included, as the ties
    /// file's `from` and `to` are. Name, sector and type may have at most ``NetworkMember/maximumTextLength``
    /// characters.
    ///
    /// - Returns: ``MembersOutcome/members(_:)`` in file order, or ``MembersOutcome/problems(_:)`` naming the line
    ///   of an empty file, a wrong header, unreadable CSV, a row with the wrong number of cells, a blank or too
    ///   long id or name, a too long sector or type, or an id already used (with the line that used it first).
    public static func readMembers(_ text: String) -> MembersOutcome {
        let reading = MembersReading(text)
        return reading.problems.isEmpty ? .members(reading.members) : .problems(reading.problems.errors)
    }

    /// A members file holding `members`: the header ``memberColumns``, then one row each, lines ended by CRLF
    /// (RFC 4180).
    ///
    /// Every cell goes through ``CSVField/text(_:)``, so it is quoted where needed and guarded against spreadsheet
    /// formulas. Reading the result gives back the same members as long as they are valid (id and name present,
    /// lengths within limits, ids unique), their text has no spaces or line breaks around it, and no text starts
    /// with `'` followed by a formula character (that `'` is read as a guard and dropped).
    public static func writeMembers(_ members: [NetworkMember]) -> String {
        var text = memberColumns.joined(separator: ",") + "\r\n"
        for member in members {
            let cells = [member.key, member.name, member.sector, member.type].map(CSVField.text)
            text += cells.joined(separator: ",") + "\r\n"
        }
        return text
    }
}
