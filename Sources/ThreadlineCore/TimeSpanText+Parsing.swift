import Foundation

extension TimeSpanText {
    /// `m:ss.t`, or `h:mm:ss.t` from an hour on: the clock with tenths of a second, for marks set by hand.
    public static func preciseClock(_ milliseconds: Int) -> String {
        let tenths = max(milliseconds, 0) % 1000 / 100
        return "\(clock(milliseconds)).\(tenths)"
    }

    /// The milliseconds a person wrote as a time: `1:12.4`, `01:12`, `1:02:03.25` or seconds alone (`72.4`);
    /// `nil` for anything else, a negative time, or minutes or seconds of 60 and more after a colon.
    public static func milliseconds(from text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        let secondsParts = parts[parts.count - 1].split(separator: ".", omittingEmptySubsequences: false)
        guard secondsParts.count <= 2, let wholeText = secondsParts.first, Self.isDigits(wholeText),
            let whole = Int(wholeText)
        else { return nil }
        var fraction = 0
        if secondsParts.count == 2 {
            let digits = secondsParts[1]
            guard Self.isDigits(digits), digits.count <= 3 else { return nil }
            fraction = Int(digits.padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        }
        var total = whole
        if parts.count > 1 {
            guard whole < 60 else { return nil }
            for (index, part) in parts.dropLast().reversed().enumerated() {
                guard Self.isDigits(part), let value = Int(part) else { return nil }
                if index == 0, parts.count == 3, value >= 60 { return nil }
                total += value * (index == 0 ? 60 : 3600)
            }
        }
        guard total < 1_000_000_000 else { return nil }
        return total * 1000 + fraction
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.count <= 9 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
