/// Synthetic WAVE files.
enum WAVFixture {
    /// A PCM WAVE file of silence: `RIFF` header, a 16-byte `fmt ` chunk, optional extra chunks before the data,
    /// then a `data` chunk holding `dataBytes` bytes but declaring `declaredDataSize` (by default the same).
    static func silence(
        sampleRate: UInt64 = 8_000, channels: UInt64 = 1, bitsPerSample: UInt64 = 16, dataBytes: Int,
        declaredDataSize: UInt64? = nil, formatTag: UInt64 = 1, chunksBeforeData: [(String, [UInt8])] = []
    ) -> [UInt8] {
        let blockAlign = channels * bitsPerSample / 8
        var body = ByteWriter()
        body.ascii("WAVE")
        body.ascii("fmt ")
        body.littleEndian(16, width: 4)
        body.littleEndian(formatTag, width: 2)
        body.littleEndian(channels, width: 2)
        body.littleEndian(sampleRate, width: 4)
        body.littleEndian(sampleRate * blockAlign, width: 4)
        body.littleEndian(blockAlign, width: 2)
        body.littleEndian(bitsPerSample, width: 2)
        for (id, content) in chunksBeforeData {
            body.ascii(id)
            body.littleEndian(UInt64(content.count), width: 4)
            body.raw(content)
            if content.count % 2 == 1 { body.zeros(1) }
        }
        body.ascii("data")
        body.littleEndian(declaredDataSize ?? UInt64(dataBytes), width: 4)
        body.zeros(dataBytes)
        var file = ByteWriter()
        file.ascii("RIFF")
        file.littleEndian(UInt64(body.bytes.count), width: 4)
        file.raw(body.bytes)
        return file.bytes
    }
}
