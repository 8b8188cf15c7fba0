/// FNV-1a, 64-bit (Fowler, Noll and Vo; parameters from draft-eastlake-fnv): a hash that is the same in every process.
///
/// Swift's `Hasher` is seeded randomly per process, so it cannot seed a layout that must come out byte-identical in
/// every run.
enum StableHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes`, continuing from `hash`.
    static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes, continuing hash: UInt64 = offsetBasis)
        -> UInt64
    {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// The hash of `keys` in the given order, each followed by 0xFF, a byte that never occurs in UTF-8, so that
    /// ["ab", "c"] and ["a", "bc"] hash differently.
    static func fnv1a(keys: [String]) -> UInt64 {
        var hash = offsetBasis
        for key in keys {
            hash = fnv1a(key.utf8, continuing: hash)
            hash = fnv1a(CollectionOfOne(0xFF), continuing: hash)
        }
        return hash
    }
}
