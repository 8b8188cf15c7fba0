import Foundation
import Testing
import ThreadlineFormats

/// Text decoding through simple fonts' encodings and `/Differences`, and composite fonts' `/ToUnicode` CMaps.
@Suite("PDF font decoding")
struct PDFFontDecodingTests {
    static func text(_ file: [UInt8]) throws -> [String] {
        try PDFTextExtractor.extract(Data(file), fileName: "fonts.pdf").blocks.map(\.text)
    }

    @Test func differencesOverrideTheBaseEncoding() throws {
        let font =
            "<< /Type /Font /Subtype /Type1 /BaseFont /Minion /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /fi /fl 39 /quoteright 128 /uni00E9 /u1F600 /eacute.sc] >> >>"
        let file = try PDFTestBuilder.simpleDocument(
            pages: ["BT /F1 12 Tf 72 700 Td (It's \\001ne, \\002ow caf\\202 \\200 \\226 \\223ok\\224 \\201) Tj ET"],
            font: font)
        #expect(try Self.text(file) == ["It’s fine, flow café é – “ok” 😀"])
    }

    @Test func decodesMacRomanAndStandardEncodings() throws {
        let mac = try PDFTestBuilder.simpleDocument(
            pages: ["BT /F1 12 Tf 72 700 Td (Br\\237cke \\245 na\\225ve \\322q\\323) Tj ET"],
            font: "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /MacRomanEncoding >>")
        #expect(try Self.text(mac) == ["Brücke • naïve “q”"])
        let standard = try PDFTestBuilder.simpleDocument(
            pages: ["BT /F1 12 Tf 72 700 Td (`quoted' \\256nal \\320 done) Tj ET"],
            font: "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>")
        #expect(try Self.text(standard) == ["‘quoted’ final — done"])
    }

    /// A ToUnicode map for codes 0x0020–0x007E as ASCII, an array bfrange for é, – and ‘, a bfchar for ’, and a
    /// surrogate pair.
    static let toUnicode = """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        /CMapName /Test-UCS def /CMapType 2 def
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0103> <2019> <0104> <D83DDE00> endbfchar
        2 beginbfrange <0020> <007E> <0020> <0100> <0102> [<00E9> <2013> <2018>] endbfrange
        endcmap CMapName currentdict /CMap defineresource pop end end
        """

    static func type0Document(encoding: String, toUnicode: String?, content: String) throws -> [UInt8] {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
        try builder.addStream(4, text: content, compressed: true)
        builder.add(
            5,
            "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Noto /Encoding \(encoding) /DescendantFonts [6 0 R] \(toUnicode == nil ? "" : "/ToUnicode 7 0 R") >>"
        )
        builder.add(
            6,
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Noto /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 [250] 33 126 500] >>"
        )
        try builder.addStream(7, text: toUnicode ?? "", compressed: true)
        try builder.addStream(
            8, "/Type /CMap /CMapName /Mixed",
            text: """
                begincmap 2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange endcmap
                """)
        return builder.build()
    }

    @Test func decodesIdentityHThroughToUnicode() throws {
        let file = try Self.type0Document(
            encoding: "/Identity-H", toUnicode: Self.toUnicode,
            content: """
                BT /F1 12 Tf 72 700 Td <0043 0061 0066 0100 0020 0101 0020 0102 0071 0075 006F 0074 0065 0064 0103> Tj
                0 -20 Td <0104> Tj ET
                """)
        #expect(try Self.text(file) == ["Café – ‘quoted’ 😀"])
    }

    @Test func splitsCodesByAnEmbeddedCMapsCodespaceRanges() throws {
        let toUnicode = """
            begincmap 2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
            2 beginbfchar <41> <0041> <8141> <0416> endbfchar 1 beginbfrange <42> <43> <0042> endbfrange endcmap
            """
        let file = try Self.type0Document(
            encoding: "8 0 R", toUnicode: toUnicode, content: "BT /F1 12 Tf 72 700 Td <41 8141 42 43> Tj ET")
        #expect(try Self.text(file) == ["AЖBC"])
    }

    @Test func toUnicodeWinsOverASimpleFontsEncoding() throws {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        builder.add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        builder.add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
        try builder.addStream(4, text: "BT /F1 12 Tf 72 700 Td (Ab\\003) Tj ET")
        builder.add(
            5, "<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>")
        try builder.addStream(
            6,
            text:
                "begincmap 1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <41> <005A> <03> <FB01> endbfchar endcmap"
        )
        #expect(try Self.text(builder.build()) == ["Zbfi"])
    }

    @Test func glyphsWithoutUnicodeAreReportedAsNoText() throws {
        let file = try Self.type0Document(
            encoding: "/Identity-H", toUnicode: nil, content: "BT /F1 12 Tf 72 700 Td <0043 0061> Tj ET")
        do {
            _ = try PDFTextExtractor.extract(Data(file), fileName: "glyphs.pdf")
            Issue.record("a font without Unicode text gave text")
        } catch {
            guard case .noText(_, let detail) = error else {
                Issue.record("expected noText, got \(error)")
                return
            }
            #expect(detail.contains("ToUnicode"))
        }
    }
}
