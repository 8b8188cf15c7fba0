public import Foundation

/// Takes the text out of an OpenDocument text (`.odt`, OASIS ODF 1.2) as blocks to code.
///
/// The package is read in memory, within ``DocumentArchiveLimits``: its `mimetype` entry is checked when present
/// (ODF 1.2 Part 3, §3.3), its manifest for encryption, then `content.xml` is read by ``ODTContentReader`` and the
/// title taken from `meta.xml`.
public enum ODTTextExtractor {
    /// The media type an OpenDocument text's `mimetype` entry holds.
    static let mediaType = "application/vnd.oasis.opendocument.text"

    /// Extracts the blocks and title of the `.odt` file `data`, within the default limits.
    ///
    /// - Parameters:
    ///   - data: The uploaded file's bytes.
    ///   - fileName: The name the uploader gave it, for messages.
    /// - Throws: ``DocumentExtractionError``: `.notThatFormat` for bytes that are not an OpenDocument text,
    ///   `.passwordProtected` for an encrypted one, `.damaged` naming the part and line at fault (or a part that expands
    ///   too far), `.noText` when it has no text.
    public static func extract(_ data: Data, fileName: String) throws(DocumentExtractionError) -> ExtractedDocument {
        try extract(data, fileName: fileName, limits: .default)
    }

    /// Extracts the blocks and title of the `.odt` file `data`, decompressing no more than `limits` allow.
    public static func extract(
        _ data: Data, fileName: String, limits: DocumentArchiveLimits
    ) throws(DocumentExtractionError) -> ExtractedDocument {
        let archive = try DocumentArchive(data, fileName: fileName, format: .odt, limits: limits)
        if let mimetype = try archive.data(of: "mimetype") {
            let type = String(decoding: mimetype.prefix(200), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard type == mediaType else {
                throw .notThatFormat(
                    fileName: fileName, format: .odt, detail: "its mimetype entry says \(type), not \(mediaType)")
            }
        }
        // An encrypted content.xml is not XML at all, so the manifest is asked first, to say what is wrong.
        if let manifest = try archive.data(of: "META-INF/manifest.xml"),
            let reader = try? DocumentXMLReader.read(
                manifest, part: "META-INF/manifest.xml", fileName: fileName, into: ODFManifest()),
            reader.hasEncryptedEntries
        {
            throw .passwordProtected(fileName: fileName)
        }
        guard let content = try archive.data(of: "content.xml") else {
            throw .notThatFormat(fileName: fileName, format: .odt, detail: "the zip has no content.xml")
        }
        let reader = try DocumentXMLReader.read(
            content, part: "content.xml", fileName: fileName, into: ODTContentReader())
        guard reader.hasTextBody else {
            throw .notThatFormat(
                fileName: fileName, format: .odt, detail: "its content.xml has no text body (office:text)")
        }
        guard !reader.blocks.isEmpty else {
            throw .noText(fileName: fileName, detail: "the document's body has no text")
        }
        // A damaged meta.xml does not refuse the document: it holds only metadata, and the text is readable without it.
        let title = try archive.data(of: "meta.xml").flatMap {
            try? DocumentXMLReader.read($0, part: "meta.xml", fileName: fileName, into: DublinCoreTitle()).title
        }
        return ExtractedDocument(format: .odt, blocks: reader.blocks, title: title)
    }
}
