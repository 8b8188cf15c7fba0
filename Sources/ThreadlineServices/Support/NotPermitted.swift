/// A use case refused because of who asked: every door answers it as "forbidden" with this sentence.
public struct NotPermitted: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the person may not do, and who may.
    public var message: String

    /// Creates the refusal.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// Throws when `allowed` is false.
    public static func check(_ allowed: Bool, _ message: @autoclosure () -> String) throws(NotPermitted) {
        if !allowed { throw NotPermitted(message()) }
    }
}
