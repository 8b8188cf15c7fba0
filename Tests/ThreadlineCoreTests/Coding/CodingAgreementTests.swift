import Testing

@testable import ThreadlineCore

@Suite struct CodingAgreementTests {
    private func span(
        _ coder: String, _ start: Int, _ end: Int, code: String = "c", source: String = "s"
    )
        -> AgreementSpan
    {
        AgreementSpan(sourceKey: source, codeKey: code, coderKey: coder, start: start, end: end)
    }

    private func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?): return abs(a - b) <= tolerance
        default: return false
        }
    }

    @Test func handWorkedThousandCharacterExample() throws {
        // 1,000 characters; A codes 0..<100, B codes 50..<150: 50 both, 50 each alone, 850 neither.
        // Pₒ = 0.9, Pₑ = 0.1·0.1 + 0.9·0.9 = 0.82, κ = 0.08 / 0.18 = 4/9.
        let report = try CodingAgreement.compute(
            sources: [AgreementSource(key: "s", unitCount: 1_000, unit: .characters)], codes: ["c"],
            coders: ["A", "B"], spans: [span("A", 0, 100), span("B", 50, 150)])
        let pair = try #require(report.byUnit[.characters]?.codes.first?.pairs.first)
        #expect(pair.firstCoderKey == "A" && pair.secondCoderKey == "B")
        #expect(
            [pair.both, pair.onlyFirst, pair.onlySecond, pair.neither, pair.total] == [
                50, 50, 50, 850, 1_000,
            ])
        #expect(close(pair.kappa, 4.0 / 9.0, tolerance: 1e-12))
        #expect(close(pair.percentAgreement, 0.9, tolerance: 1e-12))
        #expect(report.byUnit[.milliseconds] == nil)
        #expect(
            report.disagreements == [
                DisagreementSegment(
                    sourceKey: "s", codeKey: "c", start: 0, end: 50, coderKeysCoding: ["A"],
                    coderKeysNotCoding: ["B"]),
                DisagreementSegment(
                    sourceKey: "s", codeKey: "c", start: 100, end: 150, coderKeysCoding: ["B"],
                    coderKeysNotCoding: ["A"]),
            ])
    }

    @Test func countsMillisecondsOfALongRecordingWithoutVisitingThem() throws {
        // 10⁹ ms; A codes the first 600,000,000, B the first 400,000,000.
        // Pₒ = 0.8, Pₑ = 0.6·0.4 + 0.4·0.6 = 0.48, κ = 0.32 / 0.52 = 8/13.
        let report = try CodingAgreement.compute(
            sources: [
                AgreementSource(key: "r", unitCount: 1_000_000_000, unit: .milliseconds),
                AgreementSource(key: "t", unitCount: 10, unit: .characters),
            ],
            codes: ["c"], coders: ["A", "B"],
            spans: [span("A", 0, 600_000_000, source: "r"), span("B", 0, 400_000_000, source: "r")])
        let recording = try #require(report.byUnit[.milliseconds])
        let pair = try #require(recording.codes.first?.pairs.first)
        #expect(
            [pair.both, pair.onlyFirst, pair.onlySecond, pair.neither] == [
                400_000_000, 200_000_000, 0, 400_000_000,
            ])
        #expect(close(pair.kappa, 8.0 / 13.0, tolerance: 1e-12))
        #expect(recording.sourceKeys == ["r"])
        // The text is counted apart: nobody coded it, so nothing is defined there.
        let text = try #require(report.byUnit[.characters]?.codes.first?.pairs.first)
        #expect(text.total == 10 && text.kappa == nil)
    }

    @Test func sweepsManySpansOverAHugeRecording() throws {
        // 20,000 one-second spans over a 10⁹-ms recording: A codes every other second of the first 40,000 s,
        // B the same seconds shifted by half a second. Visiting every millisecond would take far too long.
        var spans: [AgreementSpan] = []
        for second in stride(from: 0, to: 40_000, by: 2) {
            spans.append(span("A", second * 1_000, second * 1_000 + 1_000, source: "r"))
            spans.append(span("B", second * 1_000 + 500, second * 1_000 + 1_500, source: "r"))
        }
        let report = try CodingAgreement.compute(
            sources: [AgreementSource(key: "r", unitCount: 1_000_000_000, unit: .milliseconds)], codes: ["c"],
            coders: ["A", "B"], spans: spans)
        let pair = try #require(report.byUnit[.milliseconds]?.codes.first?.pairs.first)
        #expect([pair.both, pair.onlyFirst, pair.onlySecond] == [10_000_000, 10_000_000, 10_000_000])
        #expect(report.disagreements.count == 40_000)
    }

    @Test func comparesThreeCodersPairwiseAndWithAlpha() throws {
        let source = AgreementSource(key: "s", unitCount: 12, unit: .characters)
        let spans = [span("A", 0, 6), span("B", 2, 8), span("C", 2, 6), span("C", 10, 12)]
        let report = try CodingAgreement.compute(
            sources: [source], codes: ["c"], coders: ["A", "B", "C"], spans: spans)
        let code = try #require(report.byUnit[.characters]?.codes.first)
        #expect(code.pairs.map { "\($0.firstCoderKey)\($0.secondCoderKey)" } == ["AB", "AC", "BC"])
        #expect(code.pairs.map(\.both) == [4, 4, 4])
        #expect(code.pairs.map(\.onlyFirst) == [2, 2, 2])
        #expect(code.pairs.map(\.onlySecond) == [2, 2, 2])
        // Per character: A 111111000000, B 001111110000, C 001111000011.
        let rows: [[Double?]] = [
            [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0], [0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
            [0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1],
        ]
        let expected = try #require(KrippendorffAlpha.alpha(rows, level: .nominal))
        #expect(close(code.alpha, expected))
        #expect(
            report.disagreements.map { [$0.start, $0.end] } == [[0, 2], [6, 8], [10, 12]])
        #expect(report.disagreements.first?.coderKeysNotCoding == ["B", "C"])
    }

    @Test func treatsOverlappingSpansOfOneCoderAsTheirUnion() throws {
        let report = try CodingAgreement.compute(
            sources: [AgreementSource(key: "s", unitCount: 100, unit: .characters)], codes: ["c"],
            coders: ["A", "B"],
            spans: [span("A", 0, 10), span("A", 5, 20), span("A", 5, 20), span("B", 0, 20)])
        let pair = try #require(report.byUnit[.characters]?.codes.first?.pairs.first)
        #expect([pair.both, pair.onlyFirst, pair.onlySecond, pair.neither] == [20, 0, 0, 80])
        #expect(close(pair.kappa, 1))
        #expect(report.disagreements.isEmpty)
    }

    @Test func leavesKappaAndAlphaUndefinedForACodeNobodyApplied() throws {
        let report = try CodingAgreement.compute(
            sources: [AgreementSource(key: "s", unitCount: 50, unit: .characters)],
            codes: ["used", "unused"],
            coders: ["A", "B"], spans: [span("A", 0, 10, code: "used"), span("B", 5, 10, code: "used")])
        let unused = try #require(report.byUnit[.characters]?.codes.last)
        #expect(unused.codeKey == "unused")
        let pair = try #require(unused.pairs.first)
        #expect(pair.kappa == nil)
        #expect(pair.percentAgreement == 1.0)
        #expect(unused.alpha == nil)
        // The pooled figures count both codes' units: 100, of which 5 disagree.
        let overall = try #require(report.byUnit[.characters]?.overall.pairs.first)
        #expect(overall.total == 100 && overall.onlyFirst == 5)
        // NVivo's mean leaves out the undefined code rather than counting it as perfect.
        #expect(report.byUnit[.characters]?.overall.meanKappas.first?.definedCount == 1)
    }

    @Test func clampsSpansAndReportsTheOnesItCannotUse() throws {
        let spans = [
            span("A", -5, 5), span("B", 8, 500), span("A", 1, 2, source: "missing"),
            span("A", 1, 2, code: "x"),
            span("Z", 1, 2), span("B", 4, 3),
        ]
        let report = try CodingAgreement.compute(
            sources: [AgreementSource(key: "s", unitCount: 10, unit: .characters)], codes: ["c"],
            coders: ["A", "B"],
            spans: spans)
        let pair = try #require(report.byUnit[.characters]?.codes.first?.pairs.first)
        #expect([pair.both, pair.onlyFirst, pair.onlySecond, pair.neither] == [0, 5, 2, 3])
        #expect(report.ignoredSpans.map(\.index) == [2, 3, 4, 5])
        #expect(
            report.ignoredSpans.map(\.reason) == [
                .unknownSource, .unknownCode, .unknownCoder, .reversedRange,
            ])
        #expect(report.ignoredSpans.last?.description.contains("Span 5") == true)
    }

    @Test func rejectsRepeatedKeysNegativeCountsAndOverflow() {
        let source = AgreementSource(key: "s", unitCount: 10, unit: .characters)
        #expect(throws: AgreementError.duplicateSource(key: "s", index: 1)) {
            try CodingAgreement.compute(
                sources: [source, source], codes: ["c"], coders: ["A"], spans: [])
        }
        #expect(throws: AgreementError.duplicateCode(key: "c", index: 2)) {
            try CodingAgreement.compute(
                sources: [source], codes: ["c", "d", "c"], coders: ["A"], spans: [])
        }
        #expect(throws: AgreementError.duplicateCoder(key: "A", index: 1)) {
            try CodingAgreement.compute(sources: [source], codes: ["c"], coders: ["A", "A"], spans: [])
        }
        let negative = AgreementSource(key: "n", unitCount: -1, unit: .milliseconds)
        #expect(throws: AgreementError.negativeUnitCount(key: "n", index: 1, unitCount: -1)) {
            try CodingAgreement.compute(
                sources: [source, negative], codes: ["c"], coders: ["A"], spans: [])
        }
        let huge = AgreementSource(key: "h", unitCount: Int.max / 2 + 1, unit: .milliseconds)
        #expect(throws: AgreementError.tooManyUnits(unit: .milliseconds)) {
            try CodingAgreement.compute(sources: [huge], codes: ["c", "d"], coders: ["A"], spans: [])
        }
        #expect(AgreementError.duplicateCode(key: "c", index: 2).message.contains("Code 2"))
    }

    @Test func matchesPerCharacterExpansionOnRandomCodings() throws {
        var generator = SeededGenerator(seed: 20_261_127)
        for _ in 0..<300 {
            let sources = (0..<Int.random(in: 1...3, using: &generator)).map {
                AgreementSource(
                    key: "s\($0)", unitCount: Int.random(in: 0...25, using: &generator), unit: .characters)
            }
            let codes = (0..<Int.random(in: 1...3, using: &generator)).map { "c\($0)" }
            let coders = (0..<Int.random(in: 2...4, using: &generator)).map { "k\($0)" }
            let spans = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                let start = Int.random(in: -3...27, using: &generator)
                return AgreementSpan(
                    sourceKey: sources.randomElement(using: &generator)?.key ?? "",
                    codeKey: codes.randomElement(using: &generator) ?? "",
                    coderKey: coders.randomElement(using: &generator) ?? "", start: start,
                    end: start + Int.random(in: -1...12, using: &generator))
            }
            try checkAgainstBruteForce(sources: sources, codes: codes, coders: coders, spans: spans)
        }
    }

    private func checkAgainstBruteForce(
        sources: [AgreementSource], codes: [String], coders: [String], spans: [AgreementSpan]
    ) throws {
        let report = try CodingAgreement.compute(
            sources: sources, codes: codes, coders: coders, spans: spans)
        let brute = BruteForceAgreement(sources: sources, codes: codes, coders: coders, spans: spans)
        let unit = try #require(report.byUnit[.characters])
        var pairs: [(Int, Int)] = []
        for a in coders.indices { for b in coders.indices where b > a { pairs.append((a, b)) } }
        for (codeIndex, code) in codes.enumerated() {
            let rows = brute.rows(sources: sources, codes: [code])
            let agreement = unit.codes[codeIndex]
            #expect(close(agreement.alpha, BruteForceAgreement.alpha(rows)))
            for (index, pair) in pairs.enumerated() {
                let found = agreement.pairs[index]
                #expect(close(found.kappa, BruteForceAgreement.kappa(rows[pair.0], rows[pair.1])))
                #expect(
                    close(found.percentAgreement, BruteForceAgreement.percent(rows[pair.0], rows[pair.1])))
            }
        }
        let pooled = brute.rows(sources: sources, codes: codes)
        #expect(close(unit.overall.alpha, BruteForceAgreement.alpha(pooled)))
        for (index, pair) in pairs.enumerated() {
            let found = unit.overall.pairs[index]
            #expect(close(found.kappa, BruteForceAgreement.kappa(pooled[pair.0], pooled[pair.1])))
            #expect(
                close(found.percentAgreement, BruteForceAgreement.percent(pooled[pair.0], pooled[pair.1])))
            var weighted = 0.0
            var weight = 0.0
            for code in codes {
                for source in sources {
                    let rows = brute.rows(sources: [source], codes: [code])
                    if let kappa = BruteForceAgreement.kappa(rows[pair.0], rows[pair.1]) {
                        weighted += Double(source.unitCount) * kappa
                        weight += Double(source.unitCount)
                    }
                }
            }
            #expect(close(unit.overall.meanKappas[index].value, weight > 0 ? weighted / weight : nil))
        }
        #expect(report.disagreements == brute.disagreements())
    }
}
