/// Why ``MaturityAggregation/summaries(ratings:scale:)`` refused its input.
public enum MaturityAggregationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The scale has problems (see ``MaturityScale/problems``), so answers cannot be placed on it.
    case invalidScale([MaturityScaleProblem])
    /// The rating at `index` in the input has a value the scale does not contain. Only the first such rating is
    /// carried; ``MaturityAggregation/problems(ratings:scale:)`` lists them all.
    case ratingOutsideScale(index: Int, value: Int)

    /// A sentence a person can act on, naming the field or the rating's position.
    public var description: String {
        switch self {
        case .invalidScale(let problems):
            return "The maturity scale is not valid: "
                + problems.map(\.description).joined(separator: "; ")
        case .ratingOutsideScale(let index, let value):
            return
                "ratings[\(index)].value: \(value) is not a level of the scale; check the ratings first."
        }
    }
}
