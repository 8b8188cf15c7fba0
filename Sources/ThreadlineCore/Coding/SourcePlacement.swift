/// Where a source belongs, for matrices: its place and its enabler, either of which may be unknown.
public struct SourcePlacement: Sendable, Hashable {
    /// The key of the source's place, if it has one.
    public var placeKey: String?
    /// The key of the source's enabler, if it has one.
    public var enablerKey: String?

    /// Creates a placement.
    public init(placeKey: String? = nil, enablerKey: String? = nil) {
        self.placeKey = placeKey
        self.enablerKey = enablerKey
    }
}
