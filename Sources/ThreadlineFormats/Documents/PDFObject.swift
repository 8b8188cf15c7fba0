/// One PDF object (ISO 32000-1 §7.3): the eight basic types, an indirect reference, or a stream.
enum PDFObject {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    /// A literal or hexadecimal string, as raw bytes (§7.3.4).
    case string([UInt8])
    /// A name without its slash, `#xx` escapes resolved (§7.3.5).
    case name(String)
    case array([PDFObject])
    case dictionary([String: PDFObject])
    /// An indirect reference `n g R` (§7.3.10).
    case reference(PDFReference)
    /// A stream: its dictionary and its still-encoded bytes (§7.3.8).
    case stream(PDFStream)

    /// The value as a number, integer or real.
    var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    /// The value as an integer (a real is truncated, as some writers put `612.0` where an integer belongs).
    var integer: Int? {
        switch self {
        case .integer(let value): value
        case .real(let value) where value.isFinite && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    /// The name's text, without the slash.
    var name: String? {
        if case .name(let value) = self { value } else { nil }
    }

    /// The string's bytes.
    var stringBytes: [UInt8]? {
        if case .string(let value) = self { value } else { nil }
    }

    /// The array's elements.
    var array: [PDFObject]? {
        if case .array(let value) = self { value } else { nil }
    }

    /// The dictionary, or a stream's dictionary.
    var dictionary: [String: PDFObject]? {
        switch self {
        case .dictionary(let value): value
        case .stream(let stream): stream.dictionary
        default: nil
        }
    }

    /// The stream, if this is one.
    var stream: PDFStream? {
        if case .stream(let value) = self { value } else { nil }
    }

    /// The reference, if this is one.
    var reference: PDFReference? {
        if case .reference(let value) = self { value } else { nil }
    }
}

/// An indirect reference: object number and generation (ISO 32000-1 §7.3.10).
struct PDFReference: Hashable {
    var number: Int
    var generation: Int
}

/// A stream object: its dictionary and its encoded bytes (ISO 32000-1 §7.3.8), sharing the file's storage.
struct PDFStream {
    var dictionary: [String: PDFObject]
    var data: ArraySlice<UInt8>
    /// The object number it was read as, when it was an indirect object (for caching and for messages).
    var objectNumber: Int?
}
