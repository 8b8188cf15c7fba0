import Foundation
import Testing
import ThreadlineFormats

/// Truncated, looping and deeply nested files end in a thrown error (or text), never a trap or a hang.
@Suite("PDF hostile input")
struct PDFHostileInputTests {
    /// What a file gives: its text, or the error's case.
    static func outcome(_ bytes: [UInt8]) -> Result<[DocumentBlock], DocumentExtractionError> {
        Result { () throws(DocumentExtractionError) in
            try PDFTextExtractor.extract(Data(bytes), fileName: "cut.pdf").blocks
        }
    }

    @Test func everyPrefixOfAValidFileReadsOrThrows() throws {
        let file = try PDFTextExtractorTests.report()
        guard case .success(let full) = Self.outcome(file) else {
            Issue.record("the whole file should read")
            return
        }
        var readable = 0
        for length in 0..<file.count {
            switch Self.outcome(Array(file[0..<length])) {
            case .success(let blocks):
                // A cut-off file may lose its end, never gain text.
                #expect(!blocks.isEmpty && blocks.count <= full.count + 2, "prefix of \(length) bytes")
                readable += 1
            case .failure(let error):
                switch error {
                case .notThatFormat, .damaged, .noText: break
                default: Issue.record("prefix of \(length) bytes gave \(error)")
                }
            }
        }
        // Once the objects are all there, the scan rebuilds the missing cross-reference table.
        #expect(readable > 0)
    }

    @Test func everyPrefixOfACrossReferenceStreamFileReadsOrThrows() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
        try builder.addStream(4, text: "BT /F1 12 Tf 72 700 Td (Packed) Tj ET", compressed: true)
        builder.add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let file = try builder.buildWithCrossReferenceStream(packed: [1, 2, 3, 5])
        for length in 0...file.count {
            if case .success(let blocks) = Self.outcome(Array(file[0..<length])) {
                #expect(blocks == [.paragraph("Packed")], "prefix of \(length) bytes")
            }
        }
    }

    /// A small deterministic generator (a 64-bit linear congruential generator), so failures can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test(arguments: [false, true])
    func filesWithBytesChangedReadOrThrow(compressed: Bool) throws {
        let file = try PDFTextExtractorTests.report(compressed: compressed)
        var generator = Generator(state: compressed ? 7 : 11)
        let junk: [[UInt8]] = ["0", "9999999999", "[", "]", "<<", ">>", "(", ")", "R", "obj", "stream", " ", "\\"].map {
            Array($0.utf8)
        }
        var readable = 0
        for round in 0..<400 {
            var mutated = file
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let at = Int.random(in: 0..<mutated.count, using: &generator)
                if Bool.random(using: &generator) {
                    mutated[at] = UInt8.random(in: 0...255, using: &generator)
                } else {
                    mutated.insert(contentsOf: junk.randomElement(using: &generator) ?? [], at: at)
                }
            }
            switch Self.outcome(mutated) {
            case .success(let blocks):
                #expect(!blocks.isEmpty, "round \(round)")
                readable += 1
            case .failure(.notThatFormat), .failure(.damaged), .failure(.noText): break
            case .failure(let error): Issue.record("round \(round) gave \(error)")
            }
        }
        // Most single changes leave the text readable.
        #expect(readable > 200)
    }

    @Test func deepNestingIsRefusedAsDamaged() {
        let nested = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        let file = Array("%PDF-1.4\n1 0 obj\n\(nested)\nendobj\ntrailer\n<< /Root 1 0 R >>\n".utf8)
        guard case .failure(.damaged) = Self.outcome(file) else {
            Issue.record("expected damaged")
            return
        }
    }

    @Test func loopsInThePageTreeAndPrevChainEnd() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R 4 0 R] /Count 3 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>")
        builder.add(4, "<< /Type /Pages /Kids [1 0 R 3 0 R 4 0 R] /Count 1 >>")
        try builder.addStream(5, text: "BT /F1 12 Tf 72 700 Td (Once only) Tj ET")
        builder.add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        var text = String(decoding: builder.build(), as: UTF8.self)
        // The trailer's /Prev points at its own table.
        let xref = text.components(separatedBy: "startxref\n").last?.components(separatedBy: "\n").first ?? ""
        text = text.replacingOccurrences(of: "/Root 1 0 R", with: "/Root 1 0 R /Prev \(xref)")
        #expect(Self.outcome(Array(text.utf8)) == .success([.paragraph("Once only")]))
    }

    @Test func formsThatDrawThemselvesStop() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources 7 0 R >>")
        try builder.addStream(4, text: "/Fm Do")
        try builder.addStream(
            5, "/Subtype /Form /Resources 7 0 R", text: "BT /F1 12 Tf 72 700 Td (Echo) Tj ET /Fm Do /Fm Do")
        builder.add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        builder.add(7, "<< /Font << /F1 6 0 R >> /XObject << /Fm 5 0 R >> >>")
        guard case .success(let blocks) = Self.outcome(builder.build()) else {
            Issue.record("expected text")
            return
        }
        #expect(blocks.first?.text.hasPrefix("Echo") == true)
    }

    @Test func corruptStreamsAndLengthsDoNotTrap() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents [4 0 R 5 0 R] /Resources << /Font << /F1 6 0 R >> >> >>")
        // A Flate stream of garbage, and a stream whose /Length is far too long.
        builder.add(
            4, "<< /Filter /FlateDecode /Length 8 >>\nstream\n\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\nendstream")
        builder.add(5, "<< /Length 99999 >>\nstream\nBT /F1 12 Tf 72 700 Td (Survives) Tj ET\nendstream")
        builder.add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Widths 6 0 R /FirstChar -5 >>")
        #expect(Self.outcome(builder.build()) == .success([.paragraph("Survives")]))
    }
}
