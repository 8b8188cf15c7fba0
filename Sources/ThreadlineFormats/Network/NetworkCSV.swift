import ThreadlineCore

/// Reads and writes the two CSV files of one partnership network survey wave: the members file
/// (`id,name,sector,type`, one row per organisation) and the ties file (`from,to` and the seven 1–4 ratings
/// `frequency,reliability,mission,openness,power,involvement,resources`, one row per answer about another member).
///
/// Both files start with a header row whose columns may come in any order and any letter case; every column is
/// required and a column that is not known is refused by name. A byte order mark, CRLF line ends and quoted cells
/// holding commas, quotes or line breaks are read (RFC 4180). Cells are trimmed, and a `'` that
/// ``CSVField/text(_:)`` or a spreadsheet put before a formula character is dropped, so what ``writeMembers(_:)``
/// and ``writeTies(_:)`` write reads back as the same values.
///
/// Reading never stops at the first mistake: every row is checked and every problem returned with its line, so a
/// person can fix a file in one pass. A file with any problem gives nothing at all, because a network with some
/// members or ties quietly left out would give wrong density and centrality figures.
public enum NetworkCSV {
    /// The columns of a members file, in the order ``writeMembers(_:)`` writes them.
    public static let memberColumns = ["id", "name", "sector", "type"]

    /// The columns of a ties file, in the order ``writeTies(_:)`` writes them: `from`, `to`, then the ratings
    /// in the order of ``NetworkTie/answers``.
    public static let tieColumns = ["from", "to"] + ratingColumns

    /// The rating columns of a ties file, taken from ``NetworkTie/answers`` so the file and the type cannot
    /// disagree about them.
    public static let ratingColumns = NetworkTie(from: "", to: "").answers.map(\.column)

    /// The most rows a file may have, header included, so a hostile file cannot exhaust memory. A wave of 400
    /// members who each named every other would need 159,600 ties.
    public static let maximumRows = 200_000

    /// The most problems listed for one file; the rest are counted in a last "…and N more problems" entry.
    public static let maximumProblems = 200

    /// The graph of a wave whose members file is `members` and ties file is `ties`, or every problem in both.
    ///
    /// The respondents are the members that are `from` in at least one tie: an imported file cannot say that a
    /// member answered the survey and named nobody, so such a member counts as not having answered.
    ///
    /// Both files are always checked, so the problems of both come back together. Ties are checked against every
    /// id in the members file, even one on a row with other problems, so a mistake in one file is reported once
    /// rather than again for every tie naming that member; when the members file cannot be read at all (an empty
    /// file or a wrong header), the ties are checked without their ids.
    ///
    /// - Parameters:
    ///   - members: the whole members file, already decoded.
    ///   - ties: the whole ties file, already decoded.
    /// - Returns: ``Outcome/graph(_:)`` with the members and ties in file order, or ``Outcome/problems(_:)`` with
    ///   the members file's problems, then the ties file's, each in line order.
    public static func read(members: String, ties: String) -> Outcome {
        let membersReading = MembersReading(members)
        // No ties at all is a wave before anyone has answered: members are imported first, and answers come
        // through each member's link.
        let noTies = !ties.contains { !$0.isWhitespace }
        let tiesReading = noTies ? nil : TiesReading(ties, memberKeys: membersReading.keys)
        let problems =
            membersReading.problems.errors.map { NetworkCSVProblem(file: .members, $0) }
            + (tiesReading?.problems.errors ?? []).map { NetworkCSVProblem(file: .ties, $0) }
        guard problems.isEmpty else { return .problems(problems) }
        let ties = tiesReading?.ties ?? []
        return .graph(
            NetworkGraph(members: membersReading.members, ties: ties, respondents: Set(ties.map(\.from))))
    }
}
