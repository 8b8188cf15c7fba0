/// One step on a maturity scale: the number people choose and the words that say what it means.
public struct MaturityLevel: Hashable, Sendable, Codable {
    /// The number a respondent picks (1 for "not started").
    public var value: Int
    /// What the number means in the programme's own words ("not started", "embedded").
    public var descriptor: String

    /// Creates a level.
    public init(value: Int, descriptor: String) {
        self.value = value
        self.descriptor = descriptor
    }
}
