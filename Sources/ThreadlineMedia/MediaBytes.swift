/// A run of bytes read from a media file, remembered with the file offset it came from, with reads that return
/// `nil` instead of trapping when they would fall outside it.
///
/// Every number here comes from an untrusted upload, so no read may assume the bytes are long enough.
struct MediaBytes {
    /// The bytes.
    let storage: [UInt8]
    /// The offset in the file of `storage[0]`.
    let fileOffset: Int64

    /// Wraps `storage`, read from `fileOffset` in the file.
    init(_ storage: [UInt8], fileOffset: Int64 = 0) {
        self.storage = storage
        self.fileOffset = fileOffset
    }

    /// How many bytes there are.
    var count: Int { storage.count }

    /// The offset in the file just after the last byte.
    var fileEnd: Int64 { fileOffset + Int64(storage.count) }

    /// Whether `length` bytes starting at `index` are all present.
    func contains(_ index: Int, length: Int) -> Bool {
        index >= 0 && length >= 0 && index <= storage.count && length <= storage.count - index
    }

    /// The byte at `index`.
    func byte(at index: Int) -> UInt8? {
        contains(index, length: 1) ? storage[index] : nil
    }

    /// The unsigned number stored most significant byte first in `width` (1 to 8) bytes at `index`.
    func bigEndian(at index: Int, width: Int) -> UInt64? {
        guard (1...8).contains(width), contains(index, length: width) else { return nil }
        var value: UInt64 = 0
        for offset in 0..<width {
            value = value << 8 | UInt64(storage[index + offset])
        }
        return value
    }

    /// The unsigned number stored least significant byte first in `width` (1 to 8) bytes at `index`.
    func littleEndian(at index: Int, width: Int) -> UInt64? {
        guard (1...8).contains(width), contains(index, length: width) else { return nil }
        var value: UInt64 = 0
        for offset in (0..<width).reversed() {
            value = value << 8 | UInt64(storage[index + offset])
        }
        return value
    }

    /// Whether the bytes at `index` are exactly `signature`.
    func matches(_ signature: [UInt8], at index: Int) -> Bool {
        guard contains(index, length: signature.count) else { return false }
        for (offset, byte) in signature.enumerated() where storage[index + offset] != byte {
            return false
        }
        return true
    }

    /// Whether the bytes at `index` spell `text` in ASCII.
    func matches(ascii text: String, at index: Int) -> Bool {
        matches(Array(text.utf8), at: index)
    }

    /// The `length` bytes at `index`, as a run of their own that keeps its file offset.
    func slice(at index: Int, length: Int) -> MediaBytes? {
        guard contains(index, length: length) else { return nil }
        return MediaBytes(Array(storage[index..<(index + length)]), fileOffset: fileOffset + Int64(index))
    }

    /// The `length` bytes at `index` as text, with anything outside printable ASCII shown as `?`, for naming
    /// four-character codes and document types in messages without letting hostile bytes into them.
    func printableASCII(at index: Int, length: Int) -> String? {
        guard contains(index, length: length) else { return nil }
        let scalars = storage[index..<(index + length)].map { byte in
            (0x20...0x7E).contains(byte) ? Character(Unicode.Scalar(byte)) : "?"
        }
        return String(scalars)
    }

    /// The last index at or before `start` where `signature` begins, searching backwards.
    func lastIndex(of signature: [UInt8], atOrBefore start: Int) -> Int? {
        var index = min(start, storage.count - signature.count)
        while index >= 0 {
            if matches(signature, at: index) { return index }
            index -= 1
        }
        return nil
    }
}
