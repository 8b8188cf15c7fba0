/// One member's answers about another: they are connected, how often they work together, and how they rate the
/// other on the three PARTNER trust items and the three value items.
///
/// A tie is directed: `from` answered about `to`, so the ratings say how `from` sees `to`. Every answer is on the
/// 1–4 scale of ``NetworkScale`` and may be left blank (`nil`).
public struct NetworkTie: Hashable, Sendable, Codable {
    /// The key of the member who answered.
    public var from: String
    /// The key of the member answered about.
    public var to: String
    /// How often they work together, 1 (about once a year or less) to 4 (every week or more).
    public var frequency: Int?
    /// Trust: is `to` reliable, doing what it says it will?
    public var reliability: Int?
    /// Trust: does `to` support the partnership's mission?
    public var mission: Int?
    /// Trust: is `to` open to discussion?
    public var openness: Int?
    /// Value: how much power or influence does `to` bring?
    public var power: Int?
    /// Value: how involved is `to`?
    public var involvement: Int?
    /// Value: how much does `to` contribute in resources?
    public var resources: Int?

    /// Creates a tie.
    public init(
        from: String, to: String, frequency: Int? = nil, reliability: Int? = nil, mission: Int? = nil,
        openness: Int? = nil, power: Int? = nil, involvement: Int? = nil, resources: Int? = nil
    ) {
        self.from = from
        self.to = to
        self.frequency = frequency
        self.reliability = reliability
        self.mission = mission
        self.openness = openness
        self.power = power
        self.involvement = involvement
        self.resources = resources
    }

    /// The tie's trust score: the mean of the trust items answered, `nil` when none was.
    ///
    /// PARTNER's trust of a tie is the mean of reliability, support of mission and openness to discussion
    /// (../shared/domain.md, "Formulas"); an item left blank is left out rather than counted as zero.
    public var trustScore: Double? { Self.mean(of: [reliability, mission, openness]) }

    /// The tie's value score: the mean of the value items answered, `nil` when none was.
    public var valueScore: Double? { Self.mean(of: [power, involvement, resources]) }

    /// Every answer with the name of its column in a ties file, in the file's column order.
    public var answers: [(column: String, value: Int?)] {
        [
            ("frequency", frequency), ("reliability", reliability), ("mission", mission), ("openness", openness),
            ("power", power), ("involvement", involvement), ("resources", resources),
        ]
    }

    private static func mean(of items: [Int?]) -> Double? {
        let answered = items.compactMap { $0 }
        guard !answered.isEmpty else { return nil }
        return Double(answered.reduce(0, +)) / Double(answered.count)
    }
}

extension NetworkTie {
    /// Sets the answer in the ties-file column `column` (`frequency`, `reliability` … `resources`); an unknown
    /// column changes nothing.
    public mutating func set(_ column: String, to value: Int?) {
        switch column {
        case "frequency": frequency = value
        case "reliability": reliability = value
        case "mission": mission = value
        case "openness": openness = value
        case "power": power = value
        case "involvement": involvement = value
        case "resources": resources = value
        default: break
        }
    }
}
