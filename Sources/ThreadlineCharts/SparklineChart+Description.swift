import Foundation
import ThreadlineCore

extension SparklineChart {
    /// The sentence that says what the sparkline shows, for its `<desc>` and to print beside it:
    /// "From 12 people in 2023 H1 to 30 people in 2024 H2; highest 30 (2024 H2), lowest 12 (2023 H1); no figure
    /// for 2024 H1."
    ///
    /// Numbers are rounded to two decimals with thousands grouped ("1,200", "12.5"). When several periods share
    /// the highest or lowest value, the first is named. A single figure, a flat series and a series without
    /// figures each get a sentence of their own ("30 people in 2024 H2.", "Steady at 30 people from 2023 H1 to
    /// 2024 H2.", "No figures.").
    ///
    /// - Parameters:
    ///   - points: The values in period order.
    ///   - unit: Follows each first and last number ("12 people"); "%" is written straight after ("12%").
    public static func description(of points: [SparklinePoint], unit: String) -> String {
        let known = points.compactMap { point in
            point.value.flatMap { $0.isFinite ? (label: point.label, value: $0) : nil }
        }
        let missing = points.filter { point in point.value.map { !$0.isFinite } ?? true }.map(\.label)
        guard let first = known.first, let last = known.last else {
            return missing.isEmpty ? "No figures." : "No figures for \(list(missing))."
        }
        var sentence: String
        if known.count == 1 {
            sentence = "\(measure(first.value, unit)) in \(first.label)"
        } else if known.allSatisfy({ $0.value == first.value }) {
            sentence = "Steady at \(measure(first.value, unit)) from \(first.label) to \(last.label)"
        } else {
            sentence =
                "From \(measure(first.value, unit)) in \(first.label) to \(measure(last.value, unit)) in \(last.label)"
            if let high = known.max(by: { $0.value < $1.value }), let low = known.min(by: { $0.value < $1.value }) {
                // max(by:) returns the last of equal elements; the first is wanted, to match the chart's marker.
                let highest = known.first { $0.value == high.value } ?? high
                let lowest = known.first { $0.value == low.value } ?? low
                sentence += "; highest \(MeasureNumberText.readable(highest.value)) (\(highest.label)), "
                sentence += "lowest \(MeasureNumberText.readable(lowest.value)) (\(lowest.label))"
            }
        }
        if !missing.isEmpty {
            sentence += "; no figure\(missing.count == 1 ? "" : "s") for \(list(missing))"
        }
        return sentence + "."
    }

    /// "12 people", "12%", or "12" without a unit.
    private static func measure(_ value: Double, _ unit: String) -> String {
        let unit = unit.trimmingCharacters(in: .whitespacesAndNewlines)
        let number = MeasureNumberText.readable(value)
        if unit.isEmpty { return number }
        return unit == "%" ? number + unit : number + " " + unit
    }

    /// "A", "A and B", "A, B and C"; past five, the first four and how many more.
    private static func list(_ labels: [String]) -> String {
        guard labels.count > 1, let last = labels.last else { return labels.first ?? "" }
        if labels.count > 5 {
            return labels.prefix(4).joined(separator: ", ") + " and \(labels.count - 4) more periods"
        }
        return labels.dropLast().joined(separator: ", ") + " and " + last
    }
}
