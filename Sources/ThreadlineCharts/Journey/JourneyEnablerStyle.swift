/// Names one enabler for the legend. Its colour and marker shape follow from its number, so enabler 3 looks the
/// same on every journey whichever other enablers are present.
public struct JourneyEnablerStyle: Sendable, Hashable {
    /// The enabler's 1-based number, as milestones refer to it.
    public var number: Int
    /// The enabler's name ("Shared leadership").
    public var name: String

    /// Creates an enabler style.
    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }
}
