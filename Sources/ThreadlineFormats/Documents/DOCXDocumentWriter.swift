public import Foundation
import ZIPFoundation

/// Writes blocks as a minimal Word document (`.docx`), for downloading coded passages.
///
/// The package holds only what Word needs to open it and show its structure (ECMA-376 Part 1, §11.3, and Part 2):
/// the content types, the package and document relationships, `word/document.xml`, a style sheet with the Title,
/// Heading 1–6 and List Bullet styles, the bullet numbering List Bullet uses, and core properties carrying the title.
/// The title is also written at the top of the body in the Title style, so ``DOCXTextExtractor`` reads it back as a
/// level-1 heading before the blocks. Zip entries carry a fixed date, so the same blocks give the same bytes.
public enum DOCXDocumentWriter {
    /// The bytes of a `.docx` with `title` (omitted when blank) and `blocks`, one paragraph each.
    ///
    /// Line breaks (`\n`, and `\r`) inside a block become Word line breaks, tabs become Word tabs, and characters XML 1.0
    /// cannot hold (most C0 controls) are dropped. Heading levels outside 1–6 are taken as the nearest of them.
    /// - Throws: What ZIPFoundation throws if the archive cannot be assembled in memory.
    public static func data(title: String, blocks: [DocumentBlock]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, xml) in DOCXPackageParts.parts(title: title, document: documentXML(title: title, blocks: blocks)) {
            let data = Data(xml.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: .deflate
            ) { position, size in
                let start = data.startIndex + Int(position)
                return data.subdata(in: start..<min(start + size, data.endIndex))
            }
        }
        guard let bytes = archive.data else { throw ArchiveNotInMemory() }
        return bytes
    }

    /// A fixed entry date (1980-01-01, the earliest a zip can store) keeps the output byte-for-byte reproducible.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// Thrown should ZIPFoundation not hand back the bytes of an archive created in memory.
    private struct ArchiveNotInMemory: Error {}

    /// `word/document.xml`: the title paragraph, then one paragraph per block.
    static func documentXML(title: String, blocks: [DocumentBlock]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="\(DOCXNamespace.transitional)"><w:body>

            """
        if DocumentBlockCollector.hasText(title) { xml += paragraph(title, style: "Title") }
        for block in blocks {
            switch block {
            case .heading(let level, let text): xml += paragraph(text, style: "Heading\(min(max(level, 1), 6))")
            case .paragraph(let text): xml += paragraph(text, style: nil)
            case .listItem(let text): xml += paragraph(text, style: "ListBullet")
            }
        }
        // A4 with one-inch margins; Word assumes US Letter without a section, which surprises readers elsewhere.
        xml += """
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" \
            w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>
            </w:body></w:document>

            """
        return xml
    }

    /// One `w:p`: its style, and one run whose text is split at line breaks and tabs (§17.3.3).
    private static func paragraph(_ text: String, style: String?) -> String {
        var xml = "<w:p>"
        if let style { xml += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        xml += "<w:r>"
        var segment = ""
        func flush() {
            guard !segment.isEmpty else { return }
            // Without xml:space="preserve", spaces at a run's ends may be dropped when the document is read.
            xml += "<w:t xml:space=\"preserve\">\(XMLText.content(segment))</w:t>"
            segment = ""
        }
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where afterCR: break
            case "\n", "\r":
                flush()
                xml += "<w:br/>"
            case "\t":
                flush()
                xml += "<w:tab/>"
            default: segment.unicodeScalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        flush()
        return xml + "</w:r></w:p>\n"
    }
}
