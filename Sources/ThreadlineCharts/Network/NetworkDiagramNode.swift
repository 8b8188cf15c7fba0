/// One organisation in a wave's partnership network.
///
/// `key` identifies the organisation; ties refer to it. When two nodes share a key, the diagram keeps the one that
/// sorts first (by name, then sector, then degree), so the choice never depends on the order of the input.
public struct NetworkDiagramNode: Sendable, Hashable {
    /// The organisation's identifier, unique within a wave.
    public var key: String
    /// The organisation's name, shown shortened as the node's label and in full in its tooltip.
    public var name: String
    /// The organisation's sector, which picks the node's colour.
    public var sector: String
    /// The number of ties the organisation has, in and out; it sets the node's size. Negative values count as 0.
    public var degree: Int

    /// Creates a node.
    public init(key: String, name: String, sector: String, degree: Int) {
        self.key = key
        self.name = name
        self.sector = sector
        self.degree = degree
    }
}
