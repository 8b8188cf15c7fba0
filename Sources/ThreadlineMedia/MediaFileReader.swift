import Foundation

/// Bounded reads at chosen offsets of an open file, so that a 2 GiB recording is inspected by reading a few
/// kilobytes from the places that matter, never by loading it.
struct MediaFileReader {
    /// The most bytes one read returns: enough for a whole Ogg page (at most 65,307 bytes) or a 64 KiB window.
    static let maximumReadLength = 128 * 1024

    /// The open file.
    let handle: FileHandle
    /// The size of the file in bytes.
    let byteCount: Int64

    /// Up to `count` bytes from `offset`, fewer when the file ends first; `count` is capped at
    /// `maximumReadLength`.
    func bytes(at offset: Int64, count: Int) throws(MediaInspectionError) -> MediaBytes {
        guard offset >= 0, offset < byteCount, count > 0 else { return MediaBytes([], fileOffset: max(0, offset)) }
        let wanted = Int(min(Int64(min(count, Self.maximumReadLength)), byteCount - offset))
        var collected: [UInt8] = []
        collected.reserveCapacity(wanted)
        do {
            try handle.seek(toOffset: UInt64(offset))
            // A read may return fewer bytes than asked for without being at the end, so keep reading until the
            // window is full or a read returns nothing.
            while collected.count < wanted {
                guard let data = try handle.read(upToCount: wanted - collected.count), !data.isEmpty else { break }
                collected.append(contentsOf: data)
            }
        } catch {
            throw .unreadable(
                detail: "reading at byte \(MediaNumberText.grouped(offset)) failed (\(error))",
                byteOffset: offset)
        }
        return MediaBytes(collected, fileOffset: offset)
    }

    /// The last `count` bytes of the file, or the whole file when it is shorter.
    func tail(count: Int) throws(MediaInspectionError) -> MediaBytes {
        let length = min(Int64(min(count, Self.maximumReadLength)), byteCount)
        return try bytes(at: byteCount - length, count: Int(length))
    }
}
