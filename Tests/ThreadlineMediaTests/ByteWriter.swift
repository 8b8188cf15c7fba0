import Foundation

/// Builds test files byte by byte, in the byte orders the formats use.
struct ByteWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty writer.
    init() {}

    /// `text` as ASCII.
    mutating func ascii(_ text: String) { bytes.append(contentsOf: Array(text.utf8)) }

    /// Raw bytes.
    mutating func raw(_ more: [UInt8]) { bytes.append(contentsOf: more) }

    /// `count` zero bytes.
    mutating func zeros(_ count: Int) { bytes.append(contentsOf: [UInt8](repeating: 0, count: count)) }

    /// `value` in `width` bytes, most significant first.
    mutating func bigEndian(_ value: UInt64, width: Int) {
        for shift in stride(from: (width - 1) * 8, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }

    /// `value` in `width` bytes, least significant first.
    mutating func littleEndian(_ value: UInt64, width: Int) {
        for shift in stride(from: 0, to: width * 8, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    /// The bytes as `Data`.
    var data: Data { Data(bytes) }
}

/// A folder of its own under the system's temporary folder, deleted when the value is released.
final class TemporaryFolder {
    /// The folder.
    let url: URL

    /// Creates the folder.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "media-inspection-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// Writes `bytes` to a file called `name` in the folder and returns its URL.
    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }
}

/// A repeatable stream of pseudo-random bytes (a 64-bit linear congruential generator, Knuth's MMIX constants),
/// so that "random" test files are the same on every run.
struct SeededBytes {
    private var state: UInt64

    /// A stream starting from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next `count` bytes.
    mutating func next(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }
}
