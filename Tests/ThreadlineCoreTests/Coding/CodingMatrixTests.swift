import Testing

@testable import ThreadlineCore

@Suite struct CodingMatrixTests {
    private func coding(
        _ key: String, _ source: String, _ code: String, _ start: Int, _ end: Int, coder: String = "A"
    )
        -> MatrixCoding
    {
        MatrixCoding(
            codingKey: key, sourceKey: source, codeKey: code, coderKey: coder, start: start, end: end)
    }

    private let placements: [String: SourcePlacement] = [
        "s1": SourcePlacement(placeKey: "salford", enablerKey: "e1"),
        "s2": SourcePlacement(placeKey: "bury", enablerKey: nil),
        "s3": SourcePlacement(placeKey: "salford", enablerKey: "e1"),
    ]

    @Test func countsCodingsByPlaceWithANoPlaceColumn() {
        let matrix = CodingMatrix(
            codings: [
                coding("1", "s1", "x", 0, 5), coding("2", "s1", "x", 6, 9), coding("3", "s3", "x", 0, 1),
                coding("4", "s2", "y", 0, 1), coding("5", "unplaced", "y", 0, 1),
                coding("1", "s2", "y", 0, 1),
                coding("6", "s1", "other", 0, 1),
            ],
            placements: placements)
        let table = matrix.codeByPlace(codes: ["x", "y"], places: ["wigan"])
        #expect(table.rowKeys == ["x", "y"])
        #expect(table.columnKeys == ["wigan", "bury", "salford", ""])
        #expect(table.counts == [[0, 0, 3, 0], [0, 1, 0, 1]])
        #expect(table.sourceCounts == [[0, 0, 2, 0], [0, 1, 0, 1]])
        #expect(table.count(row: "x", column: "salford") == 3)
        #expect(table.count(row: "z", column: "salford") == nil)
    }

    @Test func countsCodingsByEnabler() {
        let matrix = CodingMatrix(
            codings: [
                coding("1", "s1", "x", 0, 5), coding("2", "s2", "x", 0, 5), coding("3", "s3", "x", 0, 5),
            ],
            placements: placements)
        let table = matrix.codeByEnabler(codes: ["x"])
        #expect(table.columnKeys == ["e1", ""])
        #expect(table.counts == [[2, 1]])
        #expect(table.sourceCounts == [[2, 1]])
    }

    @Test func countsOverlappingPairsOfCodings() {
        let codings = [
            coding("1", "s1", "a", 0, 10), coding("2", "s1", "b", 5, 15), coding("3", "s1", "b", 10, 20),
            coding("4", "s1", "c", 9, 10), coding("5", "s2", "a", 0, 3), coding("6", "s2", "b", 3, 6),
            coding("7", "s2", "a", 2, 2), coding("8", "s2", "c", 0, 6, coder: "B"),
        ]
        let table = CodingMatrix(codings: codings, placements: [:]).coOccurrence(codes: ["a", "b", "c"])
        // s1: a1–b2 overlap, a1–b3 touch only (10 is outside a1), a1–c4, b2–c4; b3 does not reach c4.
        // s2: a5–b6 touch only, a5–c8, b6–c8; the empty a7 overlaps nothing.
        #expect(table.counts == [[3, 1, 2], [1, 3, 2], [2, 2, 2]])
        #expect(table.sourceCounts == [[2, 1, 2], [1, 2, 2], [2, 2, 2]])
        #expect(table.rowKeys == table.columnKeys)
    }

    @Test func coOccurrenceMatchesComparingEveryPair() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<100 {
            let codes = ["a", "b", "c", "d"]
            let codings = (0..<Int.random(in: 0...30, using: &generator)).map { index in
                let start = Int.random(in: 0...40, using: &generator)
                return coding(
                    "\(index)", "s\(Int.random(in: 0...2, using: &generator))",
                    codes.randomElement(using: &generator) ?? "a", start,
                    start + Int.random(in: 0...8, using: &generator))
            }
            var expected = [[Int]](repeating: [0, 0, 0, 0], count: 4)
            for (i, first) in codings.enumerated() {
                guard let a = codes.firstIndex(of: first.codeKey) else { continue }
                expected[a][a] += 1
                for second in codings[(i + 1)...] where second.sourceKey == first.sourceKey {
                    guard let b = codes.firstIndex(of: second.codeKey), a != b else { continue }
                    if max(first.start, second.start) < min(first.end, second.end) {
                        expected[a][b] += 1
                        expected[b][a] += 1
                    }
                }
            }
            #expect(
                CodingMatrix(codings: codings, placements: [:]).coOccurrence(codes: codes).counts
                    == expected)
        }
    }

    @Test func writesCSVWithQuotingAndFormulaGuards() {
        let matrix = CountMatrix(
            rowKeys: ["=SUM(A1)", "plain", "q"], columnKeys: ["p", ""],
            counts: [[1, 2], [3, 4], [5, 6]],
            sourceCounts: [[1, 1], [1, 1], [1, 1]])
        let csv = matrix.csv(
            rowLabel: "Code, by place",
            labels: [
                "p": "Salford \"central\"", "": "No place", "plain": "-1 then", "q": "line\nbreak @home",
            ])
        let expected =
            "\"Code, by place\",\"Salford \"\"central\"\"\",No place\r\n"
            + "'=SUM(A1),1,2\r\n"
            + "'-1 then,3,4\r\n"
            + "\"line\nbreak @home\",5,6\r\n"
        #expect(csv == expected)
    }

    @Test func guardsEveryFormulaStart() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVField.text(start + "x").hasPrefix(start == "\r" ? "\"'" : "'"))
        }
        #expect(CSVField.text("a=b") == "a=b")
        #expect(
            CountMatrix(rowKeys: [], columnKeys: [], counts: [], sourceCounts: []).csv(
                rowLabel: "R", labels: [:])
                == "R\r\n")
    }
}
