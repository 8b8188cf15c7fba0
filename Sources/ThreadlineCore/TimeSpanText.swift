/// Milliseconds written for people ("1:05", "1:02:03") and for Media Fragments URLs ("65", "12.5").
public enum TimeSpanText {
    /// `m:ss`, or `h:mm:ss` from an hour on. Fractions of a second are dropped.
    public static func clock(_ milliseconds: Int) -> String {
        let totalSeconds = max(milliseconds, 0) / 1000
        let (hours, minutes, seconds) = (totalSeconds / 3600, totalSeconds / 60 % 60, totalSeconds % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(seconds))" : "\(minutes):\(two(seconds))"
    }

    /// Seconds with up to three decimals and no trailing zeros, as the Media Fragments `#t=` syntax takes them.
    public static func seconds(_ milliseconds: Int) -> String {
        let whole = milliseconds / 1000
        var fraction = String(milliseconds % 1000)
        guard fraction != "0" else { return String(whole) }
        while fraction.count < 3 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
