import Testing
import ThreadlineByteRanges

/// A small deterministic generator (SplitMix64) so that boundaries can be predicted in tests.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

@Suite("Multipart boundaries")
struct MultipartBoundaryTests {
    private static func isLowercaseHex(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    @Test("The default boundary is 16 random bytes in lowercase hex")
    func defaultBoundary() {
        let boundary = MultipartBoundary.random()
        #expect(boundary.utf8.count == 32)
        #expect(Self.isLowercaseHex(boundary))
        #expect(MultipartBoundary.random() != boundary)
    }

    @Test("An injected generator makes the boundary reproducible")
    func injectedGenerator() {
        var first = SeededGenerator(state: 42)
        var second = SeededGenerator(state: 42)
        var other = SeededGenerator(state: 43)
        let boundary = MultipartBoundary.random(using: &first)
        #expect(boundary == MultipartBoundary.random(using: &second))
        #expect(boundary != MultipartBoundary.random(using: &other))
        #expect(boundary.utf8.count == 32)
        #expect(Self.isLowercaseHex(boundary))
    }

    @Test("Every byte value maps to two hex digits")
    func allZeroAndAllOnes() {
        struct Constant: RandomNumberGenerator {
            let value: UInt64
            mutating func next() -> UInt64 { value }
        }
        var zeros = Constant(value: 0)
        var ones = Constant(value: .max)
        #expect(MultipartBoundary.random(using: &zeros) == String(repeating: "0", count: 32))
        #expect(MultipartBoundary.random(using: &ones) == String(repeating: "f", count: 32))
    }

    @Test("The byte count is clamped to 16...35", arguments: [(0, 32), (16, 32), (20, 40), (35, 70), (1_000, 70)])
    func byteCountClamped(byteCount: Int, expectedLength: Int) throws {
        var generator = SeededGenerator(state: 7)
        let boundary = MultipartBoundary.random(byteCount: byteCount, using: &generator)
        #expect(boundary.utf8.count == expectedLength)
        // Every generated boundary must be accepted by the multipart layout.
        _ = try MultipartByteRanges(boundary: boundary, contentType: nil, size: 1, ranges: [0...0])
    }
}
