public import Foundation

/// Counts lines the way Threadline's readers number them, so a reported line can be checked to exist.
public enum LineCount {
    /// The number of lines in `data`, ending at CR, LF or CRLF (an empty file has one line).
    public static func of(_ data: Data) -> Int {
        var count = 1
        var previous: UInt8 = 0
        for byte in data {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }
}
