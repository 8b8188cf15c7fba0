import Foundation
public import Logging
import Synchronization

/// Writes each log entry as one JSON object on one line (`LOG_FORMAT=json`), for log collectors that index
/// fields: time, level, logger, message, source location, then the entry's metadata as strings.
///
/// Lines are written whole under a lock, so entries from concurrent requests never interleave.
public struct JSONLogHandler: LogHandler {
    /// Where a line goes.
    public typealias Sink = @Sendable (String) -> Void

    private let label: String
    private let sink: Sink
    private let now: @Sendable () -> Date
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

    /// A handler for `label` writing to `sink` (standard error by default), timestamped by `now`.
    public init(
        label: String, now: @escaping @Sendable () -> Date = Date.init,
        sink: @escaping Sink = JSONLogHandler.standardError
    ) {
        self.label = label
        self.now = now
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata { fields[key] = "\(value)" }
        for (key, value) in event.metadata ?? [:] { fields[key] = "\(value)" }
        let line = Self.line(
            time: now(), level: event.level, label: label, message: "\(event.message)", source: event.source,
            file: event.file, line: event.line, fields: fields)
        sink(line)
    }

    /// The JSON text of one entry; the fixed fields come first, the metadata after in key order, so lines are
    /// stable to read and to test.
    static func line(
        time: Date, level: Logger.Level, label: String, message: String, source: String, file: String, line: UInt,
        fields: [String: String]
    ) -> String {
        var parts = [
            "\"time\":\(quoted(timestamp(time)))", "\"level\":\(quoted(level.rawValue))",
            "\"logger\":\(quoted(label))", "\"message\":\(quoted(message))", "\"source\":\(quoted(source))",
            "\"file\":\(quoted(file))", "\"line\":\(line)",
        ]
        for key in fields.keys.sorted()
        where !["time", "level", "logger", "message", "source", "file", "line"].contains(key) {
            parts.append("\(quoted(key)):\(quoted(fields[key] ?? ""))")
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// RFC 3339 in UTC with milliseconds.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// `text` as a JSON string: quotes, backslashes and every control character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control
            where control.value < 0x20 || control.value == 0x7F || (0x2028...0x2029).contains(control.value):
                out += String(format: "\\u%04x", control.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// One writer at a time, so a long line that the kernel takes in pieces is never cut by another thread's line.
    private static let writing = Mutex(())

    /// Writes a line and a newline to standard error, whole: under a lock, resuming after partial writes and
    /// signals.
    public static let standardError: Sink = { line in
        let bytes = Array((line + "\n").utf8)
        writing.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(2, base + offset, buffer.count - offset)
                    if written < 0, errno == EINTR { continue }
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
    }
}
