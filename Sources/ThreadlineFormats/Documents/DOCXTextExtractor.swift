public import Foundation

/// Takes the text out of a Word document (`.docx`, Office Open XML, ECMA-376) as blocks to code.
///
/// The package is read in memory, within ``DocumentArchiveLimits``. The main part is found the way Word finds it,
/// through the package's `officeDocument` relationship (ECMA-376 Part 2, §9.3), falling back to
/// `word/document.xml`; styles come from the main part's `styles` relationship, and the title from the core
/// properties (`docProps/core.xml`). See ``DOCXBodyReader`` for what counts as text and ``DOCXStyleSheet`` for how
/// headings and list items are told apart.
public enum DOCXTextExtractor {
    /// Extracts the blocks and title of the `.docx` file `data`, within the default limits.
    ///
    /// - Parameters:
    ///   - data: The uploaded file's bytes.
    ///   - fileName: The name the uploader gave it, for messages.
    /// - Throws: ``DocumentExtractionError``: `.notThatFormat` for bytes that are not a Word document, `.passwordProtected`
    ///   for an encrypted one, `.damaged` naming the part and line at fault (or a part that expands too far), `.noText`
    ///   when it has no text.
    public static func extract(_ data: Data, fileName: String) throws(DocumentExtractionError) -> ExtractedDocument {
        try extract(data, fileName: fileName, limits: .default)
    }

    /// Extracts the blocks and title of the `.docx` file `data`, decompressing no more than `limits` allow.
    public static func extract(
        _ data: Data, fileName: String, limits: DocumentArchiveLimits
    ) throws(DocumentExtractionError) -> ExtractedDocument {
        if OLECompoundFile.isCompoundFile(data) {
            guard !OLECompoundFile.holdsEncryptedPackage(data) else { throw .passwordProtected(fileName: fileName) }
            throw .notThatFormat(
                fileName: fileName, format: .docx,
                detail: "it is an older Word 97–2003 file; open it in Word and save it as .docx")
        }
        let archive = try DocumentArchive(data, fileName: fileName, format: .docx, limits: limits)
        let packageRelationships = try relationships(of: "", in: archive, fileName: fileName)
        let mainPart = [packageRelationships?.target(ofType: "officeDocument"), "word/document.xml"]
            .compactMap { $0 }.first(where: archive.contains)
        guard let mainPart, let body = try archive.data(of: mainPart) else {
            throw .notThatFormat(fileName: fileName, format: .docx, detail: "the zip has no word/document.xml")
        }
        let styles = try styleSheet(for: mainPart, in: archive, fileName: fileName)
        let reader = try DocumentXMLReader.read(
            body, part: mainPart, fileName: fileName, into: DOCXBodyReader(styles: styles))
        guard reader.isWordDocument else {
            throw .notThatFormat(
                fileName: fileName, format: .docx, detail: "its main part \(mainPart) is not a Word document body")
        }
        guard !reader.blocks.isEmpty else {
            throw .noText(fileName: fileName, detail: "the document's body has no text")
        }
        let corePart = packageRelationships?.target(ofType: "core-properties") ?? "docProps/core.xml"
        let title = try title(in: corePart, archive: archive, fileName: fileName)
        return ExtractedDocument(format: .docx, blocks: reader.blocks, title: title)
    }

    /// The relationships of the part at `source` (`""` for the package), or `nil` when it has none.
    private static func relationships(
        of source: String, in archive: DocumentArchive, fileName: String
    ) throws(DocumentExtractionError) -> OPCRelationships? {
        let part = OPCRelationships.partName(for: source)
        guard let data = try archive.data(of: part) else { return nil }
        return try DocumentXMLReader.read(
            data, part: part, fileName: fileName, into: OPCRelationships(sourcePath: source))
    }

    /// The main part's style sheet; an empty one when the document has no styles part, as Word allows.
    private static func styleSheet(
        for mainPart: String, in archive: DocumentArchive, fileName: String
    ) throws(DocumentExtractionError) -> DOCXStyleSheet {
        let folder = mainPart.lastIndex(of: "/").map { String(mainPart[...$0]) } ?? ""
        let target = try relationships(of: mainPart, in: archive, fileName: fileName)?.target(ofType: "styles")
        let part = target ?? folder + "styles.xml"
        guard let data = try archive.data(of: part) else { return DOCXStyleSheet() }
        return try DocumentXMLReader.read(data, part: part, fileName: fileName, into: DOCXStyleSheet())
    }

    /// The core properties' title. A damaged core properties part does not refuse the document: it holds only
    /// metadata, and the text the uploader wants to code is readable without it.
    private static func title(
        in part: String, archive: DocumentArchive, fileName: String
    ) throws(DocumentExtractionError) -> String? {
        guard let data = try archive.data(of: part) else { return nil }
        let reader = try? DocumentXMLReader.read(data, part: part, fileName: fileName, into: DublinCoreTitle())
        return reader?.title
    }
}
