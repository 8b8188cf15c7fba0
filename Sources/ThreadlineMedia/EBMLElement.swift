/// The header of one EBML element (RFC 8794 §4 and §6): a variable-length element ID that keeps its length
/// marker bits, then a variable-length data size whose value bits all set mean "unknown size".
struct EBMLElement {
    /// The outcome of reading a header.
    enum Parse {
        /// A complete header.
        case element(EBMLElement)
        /// The bytes end before the header does.
        case needsMoreBytes
        /// The bytes cannot start a header: an ID or size with no length marker in its first byte.
        case invalid
    }

    /// The element ID with its marker bits, as Matroska's specification writes IDs (`0x1A45DFA3`).
    let id: UInt32
    /// Where the header starts in the file.
    let offset: Int64
    /// The header's length in bytes.
    let headerLength: Int
    /// The data size, or `nil` for an element of unknown size (one written live, such as a browser's Segment).
    let size: UInt64?

    /// Where the element's data starts in the file.
    var dataOffset: Int64 { offset + Int64(headerLength) }

    /// Where the element's data ends in the file, or `nil` when the size is unknown or beyond any file.
    var dataEnd: Int64? {
        guard let size, size <= UInt64(Int64.max - dataOffset) else { return nil }
        return dataOffset + Int64(size)
    }

    /// The most bytes a header takes: a 4-byte ID and an 8-byte size.
    static let maximumHeaderLength = 12

    /// Reads the header at `index` of `bytes`.
    static func parse(_ bytes: MediaBytes, at index: Int) -> Parse {
        guard let first = bytes.byte(at: index) else { return .needsMoreBytes }
        // The count of leading zero bits gives the length: 1xxxxxxx is one byte, 01xxxxxx two, and so on.
        let idLength = first.leadingZeroBitCount + 1
        guard idLength <= 4 else { return .invalid }
        guard let id = bytes.bigEndian(at: index, width: idLength) else { return .needsMoreBytes }
        guard let sizeFirst = bytes.byte(at: index + idLength) else { return .needsMoreBytes }
        let sizeLength = sizeFirst.leadingZeroBitCount + 1
        guard sizeLength <= 8 else { return .invalid }
        guard let raw = bytes.bigEndian(at: index + idLength, width: sizeLength) else { return .needsMoreBytes }
        let valueBits = 7 * sizeLength
        let value = raw & ((1 << valueBits) - 1)
        let isUnknown = value == (1 << valueBits) - 1
        return .element(
            EBMLElement(
                id: UInt32(id), offset: bytes.fileOffset + Int64(index), headerLength: idLength + sizeLength,
                size: isUnknown ? nil : value))
    }

    /// The children of a master element held wholly in `bytes`, from `start` to `end`, each as its ID and the
    /// range of its data in `bytes`.
    ///
    /// Stops at the first child that is damaged, has an unknown size or runs past `end`: the elements read here
    /// (headers, Info, Tracks) are small and written whole, so such a child means the rest cannot be trusted.
    static func children(of bytes: MediaBytes, from start: Int, to end: Int) -> [(id: UInt32, data: Range<Int>)] {
        var found: [(id: UInt32, data: Range<Int>)] = []
        var index = start
        while index < end, case .element(let child) = parse(bytes, at: index), let size = child.size {
            let dataStart = index + child.headerLength
            guard dataStart <= end, size <= UInt64(end - dataStart) else { break }
            found.append((child.id, dataStart..<(dataStart + Int(size))))
            index = dataStart + Int(size)
        }
        return found
    }

    /// An unsigned integer element's value: 0 to 8 big-endian bytes, none meaning 0.
    static func unsigned(_ bytes: MediaBytes, _ range: Range<Int>) -> UInt64? {
        range.isEmpty ? 0 : bytes.bigEndian(at: range.lowerBound, width: range.count)
    }

    /// A float element's value: 0, 4 or 8 big-endian bytes of IEEE 754, none meaning 0.
    static func float(_ bytes: MediaBytes, _ range: Range<Int>) -> Double? {
        switch range.count {
        case 0: return 0
        case 4: return bytes.bigEndian(at: range.lowerBound, width: 4).map { Double(Float(bitPattern: UInt32($0))) }
        case 8: return bytes.bigEndian(at: range.lowerBound, width: 8).map { Double(bitPattern: $0) }
        default: return nil
        }
    }

    /// A string element's value in printable ASCII, without the NUL padding EBML allows at its end.
    static func string(_ bytes: MediaBytes, _ range: Range<Int>) -> String? {
        var length = range.count
        while length > 0, bytes.byte(at: range.lowerBound + length - 1) == 0 { length -= 1 }
        return bytes.printableASCII(at: range.lowerBound, length: length)
    }
}
