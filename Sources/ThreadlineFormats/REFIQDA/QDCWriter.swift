public import Foundation

/// Writes REFI-QDA code book files (`.qdc`).
public enum QDCWriter {
    /// The XML of a code book holding `codes`, valid against Codebook.xsd (`urn:QDA-XML:codebook:1.0`).
    ///
    /// Note references are left out because the code book schema has no `NoteRef`.
    ///
    /// - Parameters:
    ///   - codes: The top-level codes with their children.
    ///   - origin: The tool name for the `origin` attribute.
    /// - Throws: ``REFIQDAError`` for duplicate GUIDs, bad colours or text XML cannot carry.
    public static func data(codes: [QDACode], origin: String? = nil) throws(REFIQDAError) -> Data {
        try QDAProjectValidator(project: QDAProject(name: "", codes: codes)).checkDuplicates()
        var serializer = QDAProjectSerializer.codebook()
        try serializer.writeCodebook(codes, origin: origin)
        return serializer.xmlData
    }
}
