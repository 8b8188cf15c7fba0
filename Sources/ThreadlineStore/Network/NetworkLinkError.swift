public import ThreadlineCore

/// Why answers given through a network survey link were refused; in every case nothing was stored.
public enum NetworkLinkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No link has this secret (never made, or withdrawn).
    case unknownLink
    /// The wave closed at the end of this day.
    case closed(PartialDate)
    /// The member has already answered this wave.
    case alreadyAnswered
    /// The answers do not fit the wave (an unknown member, an answer off the scale).
    case invalidAnswers([FieldProblem])

    public var description: String {
        switch self {
        case .unknownLink: "This survey link is not known."
        case .closed(let day): "This survey closed on \(day.displayText)."
        case .alreadyAnswered: "Your organisation has already answered this survey."
        case .invalidAnswers(let problems): problems.map(\.message).joined(separator: " ")
        }
    }
}
