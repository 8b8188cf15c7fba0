import Foundation
import Testing
import ThreadlineFormats

/// Reads PDFs assembled by ``PDFTestBuilder`` and checks the blocks and errors the extractor gives.
@Suite("PDF text extraction")
struct PDFTextExtractorTests {
    static func extract(_ bytes: [UInt8], name: String = "report.pdf") throws -> ExtractedDocument {
        try PDFTextExtractor.extract(Data(bytes), fileName: name)
    }

    static func failure(_ bytes: [UInt8], name: String = "report.pdf") -> DocumentExtractionError? {
        do {
            _ = try PDFTextExtractor.extract(Data(bytes), fileName: name)
            return nil
        } catch {
            return error
        }
    }

    /// Two pages: a large heading, two paragraphs (the second with a word hyphenated across lines), a smaller
    /// heading, a bulleted list, a numbered item and a closing paragraph, with a page number at the foot of page 1.
    static func report(compressed: Bool = true) throws -> [UInt8] {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(
            2,
            "<< /Type /Pages /Kids [10 0 R 12 0 R] /Count 2 /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>")
        builder.add(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        builder.add(4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        builder.add(5, "<< /Title (Evaluation report 2024) /Producer (tests) >>")
        builder.add(10, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 11 0 R >>")
        builder.add(12, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 13 0 R >>")
        try builder.addStream(
            11,
            text: """
                BT /F2 18 Tf 72 720 Td (Evaluation report) Tj ET
                BT /F1 11 Tf 14 TL 72 690 Td (The programme reached three neighbourhoods and) Tj
                T* (changed how services meet residents.) Tj ET
                BT /F1 11 Tf 14 TL 72 650 Td (A second paragraph follows a gap and has an evalu-) Tj
                T* (ation split across lines, and a co-) Tj T* (Op that keeps its hyphen.) Tj ET
                BT /F1 9 Tf 300 40 Td (1) Tj ET
                """, compressed: compressed)
        try builder.addStream(
            13,
            text: """
                BT /F2 15 Tf 72 720 Td (Findings) Tj ET
                BT /F1 11 Tf 14 TL 72 690 Td (\\225 Residents felt heard) Tj T* (\\225 Staff changed) Tj
                12 -14 Td (their rotas) Tj -12 -14 Td (- Budgets moved) Tj T* (1. Agree the next step) Tj ET
                BT /F1 11 Tf 72 600 Td (Closing remarks sit apart from the list.) Tj ET
                """, compressed: compressed)
        return builder.build(trailerExtra: "/Info 5 0 R")
    }

    @Test func readsHeadingsParagraphsAndListsFromATwoPageReport() throws {
        let document = try Self.extract(Self.report())
        #expect(document.format == .pdf)
        #expect(document.title == "Evaluation report 2024")
        #expect(
            document.blocks == [
                .heading(level: 1, text: "Evaluation report"),
                .paragraph("The programme reached three neighbourhoods and changed how services meet residents."),
                .paragraph(
                    "A second paragraph follows a gap and has an evaluation split across lines, and a co- Op that keeps its hyphen."
                ),
                .heading(level: 2, text: "Findings"),
                .listItem("Residents felt heard"),
                .listItem("Staff changed their rotas"),
                .listItem("Budgets moved"),
                .listItem("1. Agree the next step"),
                .paragraph("Closing remarks sit apart from the list."),
            ])
    }

    @Test func readsUncompressedContentTheSame() throws {
        #expect(try Self.extract(Self.report(compressed: false)).blocks == Self.extract(Self.report()).blocks)
    }

    @Test func joinsRunsOnALineAndSpacesWideGaps() throws {
        let file = try PDFTestBuilder.simpleDocument(pages: [
            "BT /F1 12 Tf 72 700 Td (Left) Tj ET BT /F1 12 Tf 200 700 Td (right) Tj ET BT /F1 12 Tf 100 700.5 Td (middle) Tj ET"
        ])
        #expect(try Self.extract(file).blocks == [.paragraph("Left middle right")])
    }

    @Test func readsKerningAndWordSpacesInTJArrays() throws {
        let widths = (32...126).map { $0 == 32 ? "250" : "500" }.joined(separator: " ")
        let font =
            "<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [\(widths)] >>"
        let file = try PDFTestBuilder.simpleDocument(
            pages: ["BT /F1 12 Tf 72 700 Td [(W) 120 (orld) -30 (wide) -250 (peace) -1200 (now)] TJ ET"], font: font)
        #expect(try Self.extract(file).blocks == [.paragraph("Worldwide peace now")])
    }

    @Test func placesTextByTheMatrixAndTheGraphicsState() throws {
        // The second line is drawn first, lower down through `cm`; reading order follows the page, top to bottom.
        let file = try PDFTestBuilder.simpleDocument(pages: [
            """
            q 1 0 0 1 0 -14 cm BT /F1 12 Tf 1 0 0 1 72 700 Tm (second line) Tj ET Q
            BT /F1 12 Tf 1 0 0 1 72 700 Tm (First line and) Tj ET
            BT /F1 6 Tf 2 0 0 2 72 560 Tm (Scaled text) Tj ET
            """
        ])
        #expect(try Self.extract(file).blocks == [.paragraph("First line and second line"), .paragraph("Scaled text")])
    }

    @Test func readsTextInsideFormXObjectsAndSkipsInlineImages() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(
            3,
            "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R /Fm2 7 0 R >> >> >>"
        )
        builder.add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>")
        let inlineImage: [UInt8] =
            Array("BI /W 2 /H 2 /BPC 8 /CS /G ID ".utf8) + [0x28, 0x45, 0x49, 0x29, 0xFF, 0x00]
            + Array("\nEI\n".utf8)
        try builder.addStream(
            4, "",
            Array("BT /F1 12 Tf 72 700 Td (Before the form) Tj ET\nq ".utf8) + inlineImage
                + Array("Q\nq 1 0 0 1 0 -200 cm /Fm1 Do Q /Fm2 Do".utf8))
        try builder.addStream(
            6, "/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 0 100]",
            text: "BT /F1 12 Tf 72 300 Td (Inside a form) Tj ET", compressed: true)
        try builder.addStream(
            7, "/Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /Filter /DCTDecode",
            [0xFF, 0xD8, 0xFF])
        let blocks = try Self.extract(builder.build()).blocks
        #expect(blocks == [.paragraph("Before the form"), .paragraph("Inside a form")])
    }

    @Test func readsACrossReferenceStreamAndObjectStreamWithPredictor() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
        try builder.addStream(4, text: "BT /F1 12 Tf 72 700 Td (Packed objects) Tj ET", compressed: true)
        builder.add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        let file = try builder.buildWithCrossReferenceStream(packed: [1, 2, 3, 5])
        #expect(!String(decoding: file, as: UTF8.self).contains("\nxref\n"))
        #expect(!String(decoding: file, as: UTF8.self).contains("/Type /Catalog"))
        #expect(try Self.extract(file).blocks == [.paragraph("Packed objects")])
    }

    @Test func readsTheTitleInUTF16() throws {
        let file = try PDFTestBuilder.simpleDocument(
            pages: ["BT /F1 12 Tf 72 700 Td (Body) Tj ET"],
            extraObjects: [(20, "<< /Title <FEFF 0043 0061 0066 00E9 0020 D83D DE00> >>")], trailerExtra: "/Info 20 0 R"
        )
        #expect(try Self.extract(file).title == "Café 😀")
    }

    @Test func incrementalUpdateReplacesAPagesContent() throws {
        let base = try PDFTestBuilder.simpleDocument(pages: ["BT /F1 12 Tf 72 700 Td (Old wording) Tj ET"])
        var update = PDFTestBuilder()
        update.add(10, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 30 0 R >>")
        try update.addStream(30, text: "BT /F1 12 Tf 72 700 Td (Corrected wording) Tj ET", compressed: true)
        let updated = update.appendUpdate(to: base)
        #expect(try Self.extract(base).blocks == [.paragraph("Old wording")])
        #expect(try Self.extract(updated).blocks == [.paragraph("Corrected wording")])
    }

    @Test func decodesFilterArraysWithASCIIEncodings() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents [4 0 R 5 0 R] /Resources << /Font << /F1 6 0 R >> >> >>")
        let first = Array("BT /F1 12 Tf 72 700 Td (Hex and ".utf8)
        let second = Array("base-85) Tj ET".utf8)
        let hex = first.map { String(format: "%02x", $0) }.joined(separator: " ") + ">"
        try builder.addStream(4, "/Filter /AHx", Array(hex.utf8))
        try builder.addStream(
            5, "/Filter [/ASCII85Decode /FlateDecode]", PDFTestBuilder.ascii85(try PDFTestBuilder.zlib(second)))
        builder.add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
        #expect(try Self.extract(builder.build()).blocks == [.paragraph("Hex and base-85")])
    }

    @Test func decodesLZWStreams() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>")
        let padding = String(repeating: "0 0 m ", count: 60)
        let content = Array("\(padding)BT /F1 12 Tf 72 700 Td (Older files use LZW) Tj ET".utf8)
        try builder.addStream(4, "/Filter /LZWDecode", PDFTestBuilder.lzwLiterals(content))
        builder.add(6, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
        #expect(try Self.extract(builder.build()).blocks == [.paragraph("Older files use LZW")])
    }

    @Test func refusesAFileThatIsNotAPDF() {
        let error = Self.failure(Array("PK\u{3}\u{4} this is a zip".utf8), name: "notes.pdf")
        #expect(error == .notThatFormat(fileName: "notes.pdf", format: .pdf, detail: "it does not start with %PDF-"))
        #expect(
            Self.failure([])
                == .notThatFormat(fileName: "report.pdf", format: .pdf, detail: "it does not start with %PDF-"))
    }

    @Test func refusesAnEncryptedFile() throws {
        let file = try PDFTestBuilder.simpleDocument(
            pages: ["BT /F1 12 Tf 72 700 Td (Secret) Tj ET"],
            extraObjects: [(20, "<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>")],
            trailerExtra: "/Encrypt 20 0 R /ID [<01> <01>]")
        #expect(Self.failure(file, name: "secret.pdf") == .passwordProtected(fileName: "secret.pdf"))
    }

    @Test func reportsImageOnlyPagesAsNeedingTextRecognition() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>")
        builder.add(6, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /Im0 5 0 R >> >> >>")
        try builder.addStream(4, text: "q 612 0 0 792 0 0 cm /Im0 Do Q", compressed: true)
        try builder.addStream(
            5,
            "/Type /XObject /Subtype /Image /Width 2 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode",
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46])
        #expect(
            Self.failure(builder.build(), name: "scan.pdf")
                == .noText(
                    fileName: "scan.pdf",
                    detail:
                        "its pages are images without a text layer — a scanned document needs text recognition (OCR) first"
                ))
    }

    @Test func reportsAMissingCatalogAsDamaged() {
        let file = Array(
            "%PDF-1.4\n1 0 obj\n<< /Type /Pages /Kids [] >>\nendobj\ntrailer\n<< /Root 9 0 R >>\n%%EOF\n".utf8)
        guard case .damaged(let name, let detail)? = Self.failure(file) else {
            Issue.record("expected a damaged-file error")
            return
        }
        #expect(name == "report.pdf")
        #expect(detail.contains("catalog"))
    }

    @Test func rebuildsABrokenCrossReferenceByScanning() throws {
        let file = try PDFTestBuilder.simpleDocument(pages: ["BT /F1 12 Tf 72 700 Td (Still readable) Tj ET"])
        var text = String(decoding: file, as: UTF8.self)
        // Every offset in the table is moved by 7 bytes, and startxref points nowhere.
        text = text.replacingOccurrences(of: "00000 n", with: "00000 n").replacingOccurrences(
            of: "startxref\n", with: "startxref\n9")
        var shifted = Array(text.utf8)
        shifted.insert(contentsOf: Array("%junk\n".utf8), at: PDFTestBuilder.header.count)
        #expect(try Self.extract(shifted).blocks == [.paragraph("Still readable")])
    }
}
