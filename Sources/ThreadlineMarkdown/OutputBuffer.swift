/// The growable byte buffer the HTML renderer writes into.
///
/// `[UInt8].append(contentsOf:)` costs around a hundred instructions per call before it copies anything, and the
/// renderer appends several hundred short pieces (tags, text runs, escapes) per document. This buffer appends with
/// one capacity check and a `memcpy`-style copy. It is noncopyable, so exactly one owner frees its memory, and it
/// hands out no pointers: every access stays within `count`.
struct OutputBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written so far.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes before it has to grow.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The last byte written, or `nil` when nothing was.
    var last: UInt8? {
        count > 0 ? storage[count - 1] : nil
    }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toAtLeast: count + bytes.count) }
        (storage + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(contentsOf bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
    }

    /// The bytes written, decoded as UTF-8 (invalid sequences become U+FFFD, as `String(decoding:as:)` does).
    func makeString() -> String {
        String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
    }

    /// Doubles the capacity (or more, if `minimum` needs it), keeping the bytes written.
    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.initialize(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
