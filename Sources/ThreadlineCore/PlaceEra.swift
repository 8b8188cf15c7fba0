import Foundation

/// A named stretch of a place's journey ("Pilot phase", 2018 to 2022), drawn as a band behind its milestones.
///
/// Places keep their eras as lines of text a comms lead can write without a form per era:
/// `2018 to 2022: Pilot phase`, or `2022 onwards: Business as usual` for one that has not ended.
public struct PlaceEra: Hashable, Sendable {
    /// Its name.
    public var title: String
    /// When it starts.
    public var start: PartialDate
    /// When it ends; `nil` while it goes on.
    public var end: PartialDate?

    /// Creates an era.
    public init(title: String, start: PartialDate, end: PartialDate? = nil) {
        self.title = title
        self.start = start
        self.end = end
    }

    /// Reads one line; `nil` when it does not say `START to END: Title` or `START onwards: Title`.
    public init?(line: String) {
        let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        let span = parts[0].split(whereSeparator: \.isWhitespace).map(String.init)
        switch span.count {
        case 2 where span[1].lowercased() == "onwards":
            guard let start = PartialDate(span[0]) else { return nil }
            self.init(title: parts[1], start: start)
        case 3 where span[1].lowercased() == "to":
            guard let start = PartialDate(span[0]), let end = PartialDate(span[2]), !(end < start) else { return nil }
            self.init(title: parts[1], start: start, end: end)
        default:
            return nil
        }
    }

    /// The line that `init(line:)` reads back.
    public var line: String {
        "\(start.description) \(end.map { "to \($0.description)" } ?? "onwards"): \(title)"
    }
}
