/// Why a backup file could not be written or read, as a sentence naming the file at fault.
public struct BackupArchiveError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}
