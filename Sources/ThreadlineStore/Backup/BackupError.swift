/// Why a backup could not be made or restored, as a sentence naming the file at fault.
public struct BackupError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
