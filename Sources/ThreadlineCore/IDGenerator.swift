public import Foundation

/// Makes new identifiers. Injected so that tests and demo data get predictable IDs.
public protocol IDGenerator: Sendable {
    /// Returns a new UUID, never one returned before.
    func next() -> UUID
}

extension IDGenerator {
    /// Returns a new typed identifier.
    public func next<Entity>(_: Entity.Type = Entity.self) -> EntityID<Entity> {
        EntityID(next())
    }
}

/// The production generator: random (version 4) UUIDs.
public struct RandomIDGenerator: IDGenerator {
    /// Creates the generator.
    public init() {}

    public func next() -> UUID { UUID() }
}
