/// Reads box headers one seek at a time, so that a box's content (a multi-gigabyte `mdat`, say) is skipped
/// without being read.
///
/// A walker counts the headers it reads and stops at `budget`, so that a hostile file made of millions of
/// empty boxes costs a bounded number of reads.
final class MP4BoxWalker {
    /// The file.
    let reader: MediaFileReader
    /// The kind named in errors: M4A or MP4, as far as it is known when the error is found.
    let kind: MediaKind
    /// How many more headers may be read.
    private(set) var budget: Int

    /// A walker of the file `reader` reads, that reads at most `budget` headers.
    init(reader: MediaFileReader, kind: MediaKind, budget: Int) {
        self.reader = reader
        self.kind = kind
        self.budget = budget
    }

    /// The boxes directly inside `parent`, or at the top level of the file when `parent` is `nil`.
    ///
    /// Returns `nil` instead of a further box once the budget is spent; `isExhausted` then says so.
    func children(of parent: MP4Box?) -> Children {
        Children(walker: self, parent: parent, offset: parent?.contentOffset ?? 0, end: parent?.end ?? reader.byteCount)
    }

    /// Whether the walker has read as many headers as it may.
    var isExhausted: Bool { budget <= 0 }

    /// The first box of type `type` directly inside `parent`.
    func firstChild(_ type: String, of parent: MP4Box) throws(MediaInspectionError) -> MP4Box? {
        var boxes = children(of: parent)
        while let box = try boxes.next() {
            if box.type == type { return box }
        }
        return nil
    }

    /// The box whose header starts at `offset`, inside `parent` (or the file) which ends at `end`.
    fileprivate func box(at offset: Int64, end: Int64, parent: MP4Box?) throws(MediaInspectionError) -> MP4Box {
        budget -= 1
        let bytes = try reader.bytes(at: offset, count: 16)
        let place = "the box at byte \(MediaNumberText.grouped(offset))"
        guard let size32 = bytes.bigEndian(at: 0, width: 4), let type = bytes.printableASCII(at: 4, length: 4) else {
            throw cutOff("\(place) has only part of its header", at: offset, parent: parent)
        }
        let named = "the '\(type)' box at byte \(MediaNumberText.grouped(offset))"
        var headerLength: Int64 = 8
        let size: UInt64
        switch size32 {
        case 0:
            size = UInt64(end - offset)
        case 1:
            guard let largeSize = bytes.bigEndian(at: 8, width: 8), end - offset >= 16 else {
                throw cutOff("\(named) has only part of its 64-bit size", at: offset, parent: parent)
            }
            headerLength = 16
            size = largeSize
        default:
            size = size32
        }
        if type == "uuid" { headerLength += 16 }
        guard size >= UInt64(headerLength) else {
            throw .malformed(
                kind: kind, detail: "\(named) declares a size of \(size) bytes, less than its own header",
                byteOffset: offset)
        }
        guard size <= UInt64(end - offset) else {
            if let parent {
                throw .malformed(
                    kind: kind,
                    detail: "\(named) claims \(MediaNumberText.grouped(size)) bytes, running past the end "
                        + "of the '\(parent.type)' box that holds it", byteOffset: offset)
            }
            throw .truncated(
                kind: kind,
                detail: "\(named) claims \(MediaNumberText.grouped(size)) bytes but the file ends at byte "
                    + MediaNumberText.grouped(reader.byteCount), byteOffset: offset)
        }
        return MP4Box(type: type, offset: offset, headerLength: headerLength, end: offset + Int64(size))
    }

    /// The error for a header that does not fit: a cut-off file at the top level, a damaged box inside another.
    private func cutOff(_ detail: String, at offset: Int64, parent: MP4Box?) -> MediaInspectionError {
        if let parent {
            return .malformed(
                kind: kind, detail: "\(detail) before the end of the '\(parent.type)' box that holds it",
                byteOffset: offset)
        }
        return .truncated(kind: kind, detail: detail, byteOffset: offset)
    }

    /// The boxes inside one container, read one header at a time.
    struct Children {
        /// The walker that reads the headers.
        let walker: MP4BoxWalker
        /// The box that holds these, or `nil` for the top level.
        let parent: MP4Box?
        /// Where the next header starts.
        private(set) var offset: Int64
        /// Where the container ends.
        let end: Int64

        /// The next box, or `nil` at the end of the container or when the walker's budget is spent.
        mutating func next() throws(MediaInspectionError) -> MP4Box? {
            guard offset < end, !walker.isExhausted else { return nil }
            if end - offset < 8 {
                try checkTrailingBytes()
                return nil
            }
            let box = try walker.box(at: offset, end: end, parent: parent)
            offset = box.end
            return box
        }

        /// Accepts fewer than 8 bytes left in a container: QuickTime ends some lists with a 4-byte zero, and a
        /// few writers pad the file with zeros. Non-zero bytes at the very end of the file are a cut-off header.
        private mutating func checkTrailingBytes() throws(MediaInspectionError) {
            let trailing = try walker.reader.bytes(at: offset, count: Int(end - offset))
            defer { offset = end }
            guard parent == nil, trailing.storage.contains(where: { $0 != 0 }) else { return }
            throw walker.cutOff(
                "the box at byte \(MediaNumberText.grouped(offset)) has only part of its header", at: offset,
                parent: nil)
        }
    }
}
