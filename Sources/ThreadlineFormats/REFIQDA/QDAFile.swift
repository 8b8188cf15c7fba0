public import Foundation

/// A file stored in (or destined for) an archive's `sources/` folder.
public struct QDAFile: Sendable, Equatable {
    /// Where the bytes of a file are.
    public enum Contents: Sendable, Equatable {
        /// The bytes, held in memory.
        case bytes(Data)
        /// A file on disk; the writer streams it in chunks so large media never sit in memory.
        case file(URL)
    }

    /// The path inside the archive's `sources/` folder, for example `0A1B…-….docx`.
    public var name: String
    /// The file's bytes.
    public var contents: Contents

    /// Creates a file.
    public init(name: String, contents: Contents) {
        self.name = name
        self.contents = contents
    }
}
