import Foundation

/// What an address's path means once written the one way the router and every middleware read it.
///
/// The router skips empty segments, so `//api/v1/news` and `/api/v1/news/` reach the same route as
/// `/api/v1/news`; a middleware that looked at the raw text would see a different address from the route that
/// answers. Every request is therefore judged here first: an address already canonical goes on, one that only
/// differs in spelling (doubled or trailing slashes, `.` and `..` segments) is sent to its canonical form, and one
/// whose segments hide a separator (`%2F`, `%5C`, a backslash) or a control character is refused outright,
/// since no Threadline address has one.
enum CanonicalPath: Equatable {
    /// The path is already canonical.
    case canonical
    /// The path means the same as this canonical one.
    case respelled(String)
    /// The path cannot name anything Threadline serves.
    case refused

    /// Judges a raw (still percent-encoded) request path.
    static func judge(_ path: String) -> CanonicalPath {
        guard path.first == "/" else { return .refused }
        var segments: [Substring] = []
        var changed = false
        for segment in path.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            if hidesSeparator(segment) { return .refused }
            switch dotSegment(segment) {
            case .some(1):
                changed = true
            case .some(2):
                changed = true
                if !segments.isEmpty { segments.removeLast() }
            default:
                if segment.isEmpty {
                    changed = true
                } else {
                    segments.append(segment)
                }
            }
        }
        // "/" itself splits into one empty segment, which is the root's own spelling, not a change.
        if path == "/" { return .canonical }
        guard changed else { return .canonical }
        return .respelled("/" + segments.joined(separator: "/"))
    }

    /// Whether a segment holds an encoded or literal separator, or a control character.
    private static func hidesSeparator(_ segment: Substring) -> Bool {
        let lowered = segment.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%7f") { return true }
        // An encoded control character: %00 to %1F.
        let characters = Array(lowered)
        for index in characters.indices.dropLast() where characters[index] == "%" {
            if characters[index + 1] == "0" || characters[index + 1] == "1" { return true }
        }
        return segment.unicodeScalars.contains { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    /// 1 for a `.` segment, 2 for `..`, however their dots are encoded (`%2E`); `nil` for anything else.
    private static func dotSegment(_ segment: Substring) -> Int? {
        let decoded = segment.lowercased().replacingOccurrences(of: "%2e", with: ".")
        switch decoded {
        case ".": return 1
        case "..": return 2
        default: return nil
        }
    }
}
