public import ThreadlineCore

/// Why answers given through a survey link were refused; in every case nothing was stored.
public enum MaturityLinkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No link has this secret.
    case unknownLink
    /// The survey closed at the end of this day.
    case closed(PartialDate)
    /// The link has been used and its survey allows one answer per link.
    case alreadyUsed
    /// The answers do not fit the survey (unknown enabler, level not on the scale, no role).
    case invalidAnswers([FieldProblem])

    public var description: String {
        switch self {
        case .unknownLink: "This survey link is not known."
        case .closed(let day): "This survey closed on \(day.displayText)."
        case .alreadyUsed: "This survey link has already been used."
        case .invalidAnswers(let problems): problems.map(\.message).joined(separator: " ")
        }
    }
}
