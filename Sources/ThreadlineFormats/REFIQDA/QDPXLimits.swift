/// Bounds that protect the reader against zip bombs and hostile archives.
///
/// The bounds are enforced while entries are decompressed, on the bytes actually produced, so lying sizes in
/// zip headers do not help an attacker.
public struct QDPXLimits: Sendable, Equatable {
    /// The most entries an archive may list.
    public var maximumEntryCount: Int
    /// The most bytes all decompressed entries together may produce.
    public var maximumTotalUncompressedBytes: Int64
    /// The largest ratio of decompressed to compressed bytes an entry may reach…
    public var maximumCompressionRatio: Int64
    /// …once it has produced more than this many bytes (small files legitimately compress very well).
    public var compressionRatioThresholdBytes: Int64
    /// The deepest nesting of codes accepted, so recursive processing stays bounded.
    public var maximumCodeDepth: Int

    /// The largest entry read into memory (project.qde, a source's text), so a hostile but highly compressible
    /// file cannot fill the memory even within the total.
    public var maximumInMemoryEntryBytes: Int64 = 512 << 20

    /// Creates limits.
    public init(
        maximumEntryCount: Int = 10_000,
        maximumTotalUncompressedBytes: Int64 = 4 << 30,
        maximumCompressionRatio: Int64 = 100,
        compressionRatioThresholdBytes: Int64 = 1 << 20,
        maximumCodeDepth: Int = 200
    ) {
        self.maximumEntryCount = maximumEntryCount
        self.maximumTotalUncompressedBytes = maximumTotalUncompressedBytes
        self.maximumCompressionRatio = maximumCompressionRatio
        self.compressionRatioThresholdBytes = compressionRatioThresholdBytes
        self.maximumCodeDepth = maximumCodeDepth
    }

    /// 10,000 entries, 4 GiB in total, and a ratio of at most 100:1 for entries over 1 MiB.
    public static let `default` = QDPXLimits()
}
