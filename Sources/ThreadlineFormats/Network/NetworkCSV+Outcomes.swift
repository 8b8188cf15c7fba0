public import ThreadlineCore

extension NetworkCSV {
    /// What reading a members file gave.
    public enum MembersOutcome: Sendable, Equatable {
        /// Every row was good: the members, in file order.
        case members([NetworkMember])
        /// Every problem found, in line order (at most ``NetworkCSV/maximumProblems`` and a count of the rest);
        /// the file gives no members.
        case problems([CSVReadError])
    }

    /// What reading a ties file gave.
    public enum TiesOutcome: Sendable, Equatable {
        /// Every row was good: the ties, in file order.
        case ties([NetworkTie])
        /// Every problem found, in line order (at most ``NetworkCSV/maximumProblems`` and a count of the rest);
        /// the file gives no ties.
        case problems([CSVReadError])
    }

    /// What reading a wave's members and ties files together gave.
    public enum Outcome: Sendable, Equatable {
        /// Both files were good: the wave's graph.
        case graph(NetworkGraph)
        /// Every problem found in either file, the members file's first; the files give no graph.
        case problems([NetworkCSVProblem])
    }
}
