import Foundation

/// Writes report lines as they are produced.
///
/// Each line is flushed at once: when stdout is a pipe it is block-buffered, and a renderer that crashes or hangs
/// mid-run must not take the lines already measured down with it.
enum Console {
    /// Writes one line to standard output and flushes it.
    static func emit(_ line: String) {
        print(line)
        // `fflush(nil)` flushes every stream without touching the C `stdout` global, which Swift 6 rejects.
        fflush(nil)
    }

    /// Writes one line to standard error.
    static func complain(_ line: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
