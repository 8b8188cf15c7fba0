public import Foundation

/// Reads REFI-QDA code book files (`.qdc`).
public enum QDCReader {
    /// Reads the code tree of a `.qdc` document.
    ///
    /// - Parameters:
    ///   - data: The XML; its root is `<CodeBook>` (`urn:QDA-XML:codebook:1.0`), or `<Project>` as some tools
    ///     export, in which case its code book is read.
    ///   - limits: Bounds such as the deepest code nesting accepted.
    /// - Returns: The top-level codes with their children.
    /// - Throws: ``REFIQDAError`` naming the element, attribute and line at fault.
    public static func read(data: Data, limits: QDPXLimits = .default) throws(REFIQDAError)
        -> [QDACode]
    {
        try QDAProjectParser.parse(data, expecting: .codebook, limits: limits).project.codes
    }
}
