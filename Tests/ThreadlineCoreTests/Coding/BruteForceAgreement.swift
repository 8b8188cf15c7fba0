@testable import ThreadlineCore

/// Expands spans into one value per character, the slow and obvious way, for checking the sweep against.
struct BruteForceAgreement {
    let sources: [AgreementSource]
    let codes: [String]
    let coders: [String]
    let spans: [AgreementSpan]

    /// `coded(source, code)[coder][unit]`: whether that coder coded that unit with that code.
    func coded(_ source: AgreementSource, _ code: String) -> [[Bool]] {
        coders.map { coder in
            var units = [Bool](repeating: false, count: source.unitCount)
            for span in spans
            where span.sourceKey == source.key && span.codeKey == code && span.coderKey == coder
                && span.start <= span.end
            {
                for unit in max(span.start, 0)..<max(min(span.end, source.unitCount), max(span.start, 0)) {
                    units[unit] = true
                }
            }
            return units
        }
    }

    /// Rows of 0/1 values per coder, columns the units of `sources` for `codes`, concatenated.
    func rows(sources: [AgreementSource], codes: [String]) -> [[Double?]] {
        var rows = [[Double?]](repeating: [], count: coders.count)
        for code in codes {
            for source in sources {
                for (coder, units) in coded(source, code).enumerated() {
                    rows[coder] += units.map { $0 ? 1 : 0 }
                }
            }
        }
        return rows
    }

    /// Kappa through `CohenKappa`'s per-unit form, `nil` when nothing varies (this kit's rule).
    static func kappa(_ first: [Double?], _ second: [Double?]) -> Double? {
        guard Set((first + second).compactMap { $0 }).count > 1 else { return nil }
        return CohenKappa.kappa(first, second)
    }

    /// Alpha through `KrippendorffAlpha`, `nil` when nothing varies (this kit's rule).
    static func alpha(_ rows: [[Double?]]) -> Double? {
        guard Set(rows.flatMap { $0 }.compactMap { $0 }).count > 1 else { return nil }
        return KrippendorffAlpha.alpha(rows, level: .nominal)
    }

    static func percent(_ first: [Double?], _ second: [Double?]) -> Double? {
        guard !first.isEmpty else { return nil }
        return Double(zip(first, second).filter { $0 == $1 }.count) / Double(first.count)
    }

    /// Maximal runs where coders differ, in source order, then start, then code order.
    func disagreements() -> [DisagreementSegment] {
        var found: [(Int, Int, Int, DisagreementSegment)] = []
        for (sourceIndex, source) in sources.enumerated() {
            for (codeIndex, code) in codes.enumerated() {
                let table = coded(source, code)
                var unit = 0
                while unit < source.unitCount {
                    let pattern = table.map { $0[unit] }
                    let differ = pattern.contains(true) && pattern.contains(false)
                    var end = unit + 1
                    while end < source.unitCount, table.map({ $0[end] }) == pattern { end += 1 }
                    if differ {
                        let segment = DisagreementSegment(
                            sourceKey: source.key, codeKey: code, start: unit, end: end,
                            coderKeysCoding: coders.indices.filter { pattern[$0] }.map { coders[$0] },
                            coderKeysNotCoding: coders.indices.filter { !pattern[$0] }.map { coders[$0] })
                        found.append((sourceIndex, unit, codeIndex, segment))
                    }
                    unit = end
                }
            }
        }
        return found.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
    }
}
