public import ThreadlineCore

/// One row of a Counts and Measures file: what a place reported for one system enabler in one six-month period,
/// either a number with its indicator or a written example.
public struct CountsMeasuresRecord: Sendable, Equatable {
    /// What the row reports.
    public enum Kind: Sendable, Equatable {
        /// A numeric indicator, such as 30 (`value`) people (`unit`) for "Partners engaged" (`indicator`).
        case figure(indicator: String, unit: String?, value: Double)
        /// A qualitative example, in the reporter's words.
        case example(text: String)
    }

    /// The line of the file the row starts on (from 1); ignored when writing.
    public var line: Int
    /// The place reporting, as written in the file.
    public var place: String
    /// The half-year reported on.
    public var period: SixMonthPeriod
    /// The system enabler the row is about, as written in the file.
    public var enabler: String
    /// The figure or example.
    public var kind: Kind

    /// Creates a record.
    public init(line: Int, place: String, period: SixMonthPeriod, enabler: String, kind: Kind) {
        self.line = line
        self.place = place
        self.period = period
        self.enabler = enabler
        self.kind = kind
    }
}
