/// Compares how several coders applied codes to texts and recordings: Cohen's kappa and percent agreement for
/// every pair of coders, Krippendorff's alpha over all of them, and the runs where they disagree.
///
/// Units are characters (Unicode scalars) of a text or milliseconds of a recording, each coded by a coder or not
/// (NVivo's definition). Spans of one coder for one code are merged (their union is what counts); spans are clamped
/// to the source; spans naming a source, code or coder not given are left out and listed in
/// `AgreementReport.ignoredSpans`. Counting sweeps span boundaries, never individual units.
public enum CodingAgreement {
    /// Compares `coders` on `codes` over `sources`.
    ///
    /// - Parameters:
    ///   - sources: The sources to compare over; each unit kind is reported apart.
    ///   - codes: The codes to compare, in the order the report lists them.
    ///   - coders: The coders to compare, in the order pairs are formed.
    ///   - spans: Every coder's coding.
    /// - Throws: `AgreementError` when keys repeat, a unit count is negative, or the units are too many to count.
    public static func compute(
        sources: [AgreementSource], codes: [String], coders: [String], spans: [AgreementSpan]
    ) throws(AgreementError) -> AgreementReport {
        let sourceIndex = try indexKeys(sources.map(\.key)) { .duplicateSource(key: $0, index: $1) }
        let codeIndex = try indexKeys(codes) { .duplicateCode(key: $0, index: $1) }
        let coderIndex = try indexKeys(coders) { .duplicateCoder(key: $0, index: $1) }
        for (index, source) in sources.enumerated() where source.unitCount < 0 {
            throw .negativeUnitCount(key: source.key, index: index, unitCount: source.unitCount)
        }
        for unit in AgreementUnit.allCases {
            var units = 0
            for source in sources where source.unit == unit {
                let (sum, overflow) = units.addingReportingOverflow(source.unitCount)
                guard !overflow else { throw .tooManyUnits(unit: unit) }
                units = sum
            }
            guard !units.multipliedReportingOverflow(by: max(codes.count, 1)).overflow else {
                throw .tooManyUnits(unit: unit)
            }
        }

        // Group spans by (source, code), clamped, remembering any that cannot be used.
        var groups: [Int: [(coder: Int, start: Int, end: Int)]] = [:]
        var ignored: [IgnoredSpan] = []
        for (index, span) in spans.enumerated() {
            guard let source = sourceIndex[span.sourceKey] else {
                ignored.append(IgnoredSpan(index: index, span: span, reason: .unknownSource))
                continue
            }
            guard let code = codeIndex[span.codeKey] else {
                ignored.append(IgnoredSpan(index: index, span: span, reason: .unknownCode))
                continue
            }
            guard let coder = coderIndex[span.coderKey] else {
                ignored.append(IgnoredSpan(index: index, span: span, reason: .unknownCoder))
                continue
            }
            guard span.start <= span.end else {
                ignored.append(IgnoredSpan(index: index, span: span, reason: .reversedRange))
                continue
            }
            let limit = sources[source].unitCount
            let start = min(max(span.start, 0), limit)
            let end = min(max(span.end, 0), limit)
            groups[source * codes.count + code, default: []].append((coder, start, end))
        }

        var pairs: [(Int, Int)] = []
        for first in coders.indices {
            for second in coders.indices where second > first { pairs.append((first, second)) }
        }

        var byUnit: [AgreementUnit: UnitAgreement] = [:]
        var disagreements: [(source: Int, code: Int, segment: DisagreementSegment)] = []
        var cells: [Int: SourceCodeAgreement] = [:]
        for unit in AgreementUnit.allCases {
            let chosen = sources.indices.filter { sources[$0].unit == unit }
            guard !chosen.isEmpty else { continue }
            var accumulator = UnitAccumulator(
                codeCount: codes.count, coderCount: coders.count, pairCount: pairs.count)
            for source in chosen {
                let unitCount = sources[source].unitCount
                for code in codes.indices {
                    let sweep = CodingSweep(
                        unitCount: unitCount, coderCount: coders.count, pairs: pairs,
                        spans: groups[source * codes.count + code] ?? [])
                    accumulator.add(sweep, code: code, unitCount: unitCount)
                    cells[source * codes.count + code] = SourceCodeAgreement(
                        sourceKey: sources[source].key, codeKey: codes[code], unit: unit,
                        pairs: zip(sweep.pairTallies, pairs).map { tally, pair in
                            tally.agreement(first: coders[pair.0], second: coders[pair.1], total: unitCount)
                        })
                    for run in sweep.disagreements {
                        let segment = DisagreementSegment(
                            sourceKey: sources[source].key, codeKey: codes[code], start: run.start, end: run.end,
                            coderKeysCoding: run.coders.map { coders[$0] },
                            coderKeysNotCoding: coders.indices.filter { !run.coders.contains($0) }.map {
                                coders[$0]
                            })
                        disagreements.append((source, code, segment))
                    }
                }
            }
            byUnit[unit] = accumulator.agreement(
                unit: unit, sourceKeys: chosen.map { sources[$0].key }, codes: codes, coders: coders,
                pairs: pairs)
        }
        disagreements.sort {
            ($0.source, $0.segment.start, $0.code, $0.segment.end) < (
                $1.source, $1.segment.start, $1.code, $1.segment.end
            )
        }
        return AgreementReport(
            byUnit: byUnit, disagreements: disagreements.map(\.segment), ignoredSpans: ignored,
            sourceCodes: cells.keys.sorted().compactMap { cells[$0] })
    }

    /// Maps each key to its position, failing on the first repeat.
    private static func indexKeys(
        _ keys: [String], duplicate: (String, Int) -> AgreementError
    ) throws(AgreementError) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, key) in keys.enumerated() {
            guard index[key] == nil else { throw duplicate(key, position) }
            index[key] = position
        }
        return index
    }
}
