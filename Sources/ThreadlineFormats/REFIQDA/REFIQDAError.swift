/// An error reading or writing a REFI-QDA project or code book.
///
/// Every error carries a ``Kind`` to switch on, the element and attribute concerned where there is one, the
/// line (and column) in the XML where known, and a sentence for people in ``description``.
public struct REFIQDAError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Equatable {
        /// The file is not a readable zip archive.
        case notAZip
        /// The archive holds no `.qde` project file.
        case missingProjectFile
        /// The XML is not well formed.
        case malformedXML
        /// The XML is well formed but not a QDA-XML document of the expected kind.
        case unexpectedRoot
        /// A required attribute is absent.
        case missingAttribute
        /// An attribute or element value has the wrong form (GUID, number, date, boolean, colour).
        case invalidValue
        /// A GUID is declared twice.
        case duplicateGUID
        /// A reference names a GUID that the project does not declare.
        case unknownReference
        /// A text selection or sync point lies outside its text, or starts after it ends.
        case positionOutOfRange
        /// A media selection has a negative or reversed time range.
        case invalidTimeRange
        /// A path or archive entry escapes the archive (`..`, absolute paths) or uses an unsupported scheme.
        case unsafePath
        /// A path points at an archive entry that does not exist.
        case missingEntry
        /// A text file is not valid UTF-8 or UTF-16.
        case invalidText
        /// An archive exceeded a ``QDPXLimits`` bound.
        case limitExceeded
        /// An archive entry failed its checksum or could not be decompressed.
        case corruptEntry
        /// Reading or writing a file failed.
        case fileSystem
        /// The project handed to a writer cannot be expressed in QDA-XML.
        case invalidProject
    }

    /// What went wrong.
    public var kind: Kind
    /// The sentence describing the problem, without the location.
    public var message: String
    /// The XML element (or archive entry) concerned.
    public var element: String?
    /// The attribute concerned.
    public var attribute: String?
    /// The 1-based line in the XML document, where known (for an element: the line on which its start tag ends).
    public var line: Int?
    /// The 1-based column in the XML document, where known.
    public var column: Int?

    /// Creates an error.
    public init(
        _ kind: Kind,
        _ message: String,
        element: String? = nil,
        attribute: String? = nil,
        line: Int? = nil,
        column: Int? = nil
    ) {
        self.kind = kind
        self.message = message
        self.element = element
        self.attribute = attribute
        self.line = line
        self.column = column
    }

    /// The message followed by the place, e.g. `… (element <Coding>, attribute guid, line 12)`.
    public var description: String {
        var place: [String] = []
        if let element { place.append("element <\(element)>") }
        if let attribute { place.append("attribute \(attribute)") }
        if let line { place.append("line \(line)") }
        if let column { place.append("column \(column)") }
        return place.isEmpty ? message : "\(message) (\(place.joined(separator: ", ")))"
    }
}
