/// The result of comparing coders: agreement per unit kind, where they disagree, and what was left out.
public struct AgreementReport: Sendable, Hashable {
    /// Agreement per unit kind present among the sources; a kind without sources has no entry.
    public var byUnit: [AgreementUnit: UnitAgreement]
    /// Where coders differ, sorted by source (in the order given), then start, then code (in the order given).
    public var disagreements: [DisagreementSegment]
    /// Spans left out, in the order they were given.
    public var ignoredSpans: [IgnoredSpan]
    /// Agreement per source and code, sources in the order given and, within each, codes in the order given.
    public var sourceCodes: [SourceCodeAgreement]

    /// Creates a report.
    public init(
        byUnit: [AgreementUnit: UnitAgreement], disagreements: [DisagreementSegment],
        ignoredSpans: [IgnoredSpan], sourceCodes: [SourceCodeAgreement] = []
    ) {
        self.byUnit = byUnit
        self.disagreements = disagreements
        self.ignoredSpans = ignoredSpans
        self.sourceCodes = sourceCodes
    }
}
