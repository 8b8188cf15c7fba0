/// A command line the benchmark cannot run, with the argument at fault.
public struct OptionsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based position of the offending argument, or 0 when one is missing altogether.
    public var argumentIndex: Int
    /// A sentence saying what is wrong.
    public var reason: String

    /// Creates an error.
    public init(argumentIndex: Int, reason: String) {
        self.argumentIndex = argumentIndex
        self.reason = reason
    }

    /// The error as one line, naming the argument's position.
    public var description: String {
        argumentIndex > 0 ? "argument \(argumentIndex): \(reason)" : reason
    }
}
