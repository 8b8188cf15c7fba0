import Testing

@testable import ThreadlineCore

@Suite struct AgreementScopeTests {
    private func span(_ coder: String, _ source: String, _ start: Int, _ end: Int, code: String = "c")
        -> AgreementSpan
    {
        AgreementSpan(sourceKey: source, codeKey: code, coderKey: coder, start: start, end: end)
    }

    private func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) <= 1e-12
        default: return false
        }
    }

    /// Two 100-character texts. A codes S1 0..<20 and S2 0..<50; B codes only S1, 10..<30.
    private let sources = [
        AgreementSource(key: "S1", unitCount: 100, unit: .characters),
        AgreementSource(key: "S2", unitCount: 100, unit: .characters),
    ]
    private var spans: [AgreementSpan] { [span("A", "S1", 0, 20), span("A", "S2", 0, 50), span("B", "S1", 10, 30)] }
    private let coded: [String: Set<String>] = ["A": ["S1", "S2"], "B": ["S1"]]

    @Test func aPairIsComparedOnlyOverTheSourcesBothCoded() throws {
        // S1 only: both 10 (10..<20), only A 10, only B 10, neither 70 of 100. Pₒ = 0.8; each coded 0.2, so
        // Pₑ = 0.04 + 0.64 = 0.68 and κ = 0.12 / 0.32 = 0.375.
        let scoped = try AgreementScope().compute(
            sources: sources, codes: ["c"], coders: ["A", "B"], spans: spans, codedSources: coded)
        #expect(scoped.pairSourceKeys == [["S1"]])
        let unit = try #require(scoped.report.byUnit[.characters])
        #expect(unit.sourceKeys == ["S1"])
        let pair = try #require(unit.overall.pairs.first)
        #expect([pair.both, pair.onlyFirst, pair.onlySecond, pair.neither, pair.total] == [10, 10, 10, 70, 100])
        #expect(close(pair.percentAgreement, 0.8))
        #expect(close(pair.kappa, 0.375))
        #expect(unit.codes.first?.pairs.first == pair)
        #expect(close(unit.overall.meanKappas.first?.value, 0.375))
        #expect(unit.overall.meanKappas.first?.definedCount == 1)
        #expect(scoped.report.disagreements.allSatisfy { $0.sourceKey == "S1" })
        #expect(scoped.sourceCodes(pair: 0).map(\.sourceKey) == ["S1"])
    }

    @Test func withAllSourcesTheSourceOnlyOneCoderCodedCountsToo() throws {
        // S1 as above plus S2: only A 50, neither 50. Pooled over 200: both 10, only A 60, only B 10, neither 120.
        // Pₒ = 130/200 = 0.65; A coded 0.35, B 0.1, so Pₑ = 0.035 + 0.585 = 0.62 and κ = 0.03 / 0.38.
        let scoped = try AgreementScope(includesAllSources: true).compute(
            sources: sources, codes: ["c"], coders: ["A", "B"], spans: spans, codedSources: coded)
        #expect(scoped.pairSourceKeys == [["S1", "S2"]])
        let unit = try #require(scoped.report.byUnit[.characters])
        #expect(unit.sourceKeys == ["S1", "S2"])
        let pair = try #require(unit.overall.pairs.first)
        #expect([pair.both, pair.onlyFirst, pair.onlySecond, pair.neither, pair.total] == [10, 60, 10, 120, 200])
        #expect(close(pair.kappa, 0.03 / 0.38))
        // The same as the unscoped comparison.
        let unscoped = try CodingAgreement.compute(sources: sources, codes: ["c"], coders: ["A", "B"], spans: spans)
        #expect(unscoped.byUnit == scoped.report.byUnit)
        #expect(scoped.sourceCodes(pair: 0).map(\.sourceKey) == ["S1", "S2"])
    }

    @Test func aSourceCodedWithAnotherCodeStillCountsAsCoded() throws {
        // B coded S2 with a code not compared: B has read S2, so not coding "c" there is a judgement.
        let scoped = try AgreementScope().compute(
            sources: sources, codes: ["c"], coders: ["A", "B"], spans: spans,
            codedSources: ["A": ["S1", "S2"], "B": ["S1", "S2"]])
        #expect(scoped.pairSourceKeys == [["S1", "S2"]])
        #expect(scoped.report.byUnit[.characters]?.overall.pairs.first?.total == 200)
    }

    @Test func eachPairHasItsOwnSourcesAndAlphaCountsSourcesTwoCoded() throws {
        // A coded S1 and S2, B only S1, C only S2, D nothing.
        let coded: [String: Set<String>] = ["A": ["S1", "S2"], "B": ["S1"], "C": ["S2"]]
        let scope = AgreementScope()
        let keys = ["S1", "S2", "S3"]
        #expect(scope.sourceKeys(first: "A", second: "B", among: keys, codedSources: coded) == ["S1"])
        #expect(scope.sourceKeys(first: "A", second: "C", among: keys, codedSources: coded) == ["S2"])
        #expect(scope.sourceKeys(first: "B", second: "C", among: keys, codedSources: coded).isEmpty)
        #expect(scope.sourceKeys(first: "A", second: "D", among: keys, codedSources: coded).isEmpty)
        #expect(scope.sourceKeys(coders: ["A", "B", "C"], among: keys, codedSources: coded) == ["S1", "S2"])
        #expect(scope.sourceKeys(coders: ["B", "C"], among: keys, codedSources: coded).isEmpty)
        let all = AgreementScope(includesAllSources: true)
        #expect(all.sourceKeys(first: "B", second: "C", among: keys, codedSources: coded) == keys)
        #expect(all.sourceKeys(coders: ["B", "C"], among: keys, codedSources: coded) == keys)

        let scoped = try scope.compute(
            sources: sources, codes: ["c"], coders: ["A", "B", "C"],
            spans: spans + [span("C", "S2", 0, 50)], codedSources: coded)
        #expect(scoped.pairSourceKeys == [["S1"], ["S2"], []])
        let pairs = try #require(scoped.report.byUnit[.characters]?.overall.pairs)
        #expect(pairs.map(\.total) == [100, 100, 0])
        // A and C both coded S2 0..<50: perfect agreement there, and nothing else counts for them.
        #expect([pairs[1].both, pairs[1].onlyFirst, pairs[1].onlySecond] == [50, 0, 0])
        #expect(close(pairs[1].kappa, 1))
        #expect(pairs[2].kappa == nil)
        #expect(scoped.sourceCodes(pair: 2).isEmpty)
    }

    @Test func theThresholdKeepsKappasBelowItAndUndefinedOnes() throws {
        // S3: A and B both code all 10 characters, so kappa is undefined there.
        let sources = self.sources + [AgreementSource(key: "S3", unitCount: 10, unit: .characters)]
        let spans = self.spans + [span("A", "S3", 0, 10), span("B", "S3", 0, 10)]
        let coded: [String: Set<String>] = ["A": ["S1", "S2", "S3"], "B": ["S1", "S3"]]
        let scoped = try AgreementScope(includesAllSources: true).compute(
            sources: sources, codes: ["c", "unused"], coders: ["A", "B"], spans: spans, codedSources: coded)
        // Codes neither coder applied in a source are not rows: S1 c (0.375), S2 c (κ 0: only A coded), S3 c (—).
        #expect(scoped.sourceCodes(pair: 0).map(\.sourceKey) == ["S1", "S2", "S3"])
        #expect(scoped.sourceCodes(pair: 0).allSatisfy { $0.codeKey == "c" })
        #expect(scoped.sourceCodes(pair: 0, below: KappaThreshold(0.5)).map(\.sourceKey) == ["S1", "S2", "S3"])
        #expect(scoped.sourceCodes(pair: 0, below: KappaThreshold(0.3)).map(\.sourceKey) == ["S2", "S3"])
        #expect(scoped.sourceCodes(pair: 0, below: KappaThreshold(0)).map(\.sourceKey) == ["S3"])
        #expect(scoped.sourceCodes(pair: 1).isEmpty)
        // By default S2 (only A coded it) is not a row.
        let shared = try AgreementScope().compute(
            sources: sources, codes: ["c"], coders: ["A", "B"], spans: spans, codedSources: coded)
        #expect(shared.sourceCodes(pair: 0, below: KappaThreshold(0.3)).map(\.sourceKey) == ["S3"])
    }

    @Test func thresholdsAreReadFromText() throws {
        #expect(try KappaThreshold.parse("0.6") == KappaThreshold(0.6))
        #expect(try KappaThreshold.parse(" 0,5 ") == KappaThreshold(0.5))
        #expect(try KappaThreshold.parse("1") == KappaThreshold(1))
        #expect(try KappaThreshold.parse("0") == KappaThreshold(0))
        #expect(try KappaThreshold.parse("") == nil)
        #expect(try KappaThreshold.parse(nil) == nil)
        for bad in ["abc", "1.5", "-0.1", "nan", "inf", "0.5.1", "1e-1"] {
            let error = #expect(throws: ValidationError.self) { try KappaThreshold.parse(bad) }
            #expect(error?.problems.map(\.field) == ["below"])
        }
        #expect(KappaThreshold(0.6).keeps(kappa: 0.59))
        #expect(!KappaThreshold(0.6).keeps(kappa: 0.6))
        #expect(KappaThreshold(0.6).keeps(kappa: nil))
    }
}
