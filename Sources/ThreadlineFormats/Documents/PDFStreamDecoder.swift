import Foundation
import ZIPFoundation

/// Undoes a stream's filters (ISO 32000-1 §7.4): Flate and LZW with PNG and TIFF predictors, ASCIIHex, ASCII85 and
/// RunLength. Image filters (`/DCTDecode`, `/JPXDecode`, `/CCITTFaxDecode`, `/JBIG2Decode`) are reported as
/// unsupported, so a caller can skip the stream.
struct PDFStreamDecoder {
    /// One filter in a stream's `/Filter` chain with its `/DecodeParms`.
    struct Filter {
        var name: String
        var parameters: [String: PDFObject]
    }

    /// Bytes still allowed to come out of all decoding in one document, against decompression bombs.
    var remainingBudget: Int

    /// Applies the filters in order.
    mutating func decode(_ data: ArraySlice<UInt8>, filters: [Filter]) throws(PDFFailure) -> [UInt8] {
        guard !filters.isEmpty else { return Array(data) }
        var current = Array(data)
        for filter in filters {
            switch filter.name {
            case "FlateDecode", "Fl":
                current = try inflate(current)
                current = try Self.undoPredictor(current, parameters: filter.parameters)
            case "LZWDecode", "LZW":
                let earlyChange = filter.parameters["EarlyChange"]?.integer ?? 1
                current = try Self.lzw(current, earlyChange: earlyChange != 0, limit: remainingBudget)
                current = try Self.undoPredictor(current, parameters: filter.parameters)
            case "ASCIIHexDecode", "AHx": current = try Self.asciiHex(current)
            case "ASCII85Decode", "A85": current = try Self.ascii85(current)
            case "RunLengthDecode", "RL": current = Self.runLength(current)
            case "Crypt":
                // §7.4.10: the Identity crypt filter passes data through; others need decryption, never attempted.
                guard filter.parameters["Name"]?.name ?? "Identity" == "Identity" else {
                    throw .unsupportedFilter("Crypt")
                }
            default: throw .unsupportedFilter(filter.name)
            }
            guard current.count <= remainingBudget else {
                throw .damaged("its streams decompress to more than the limit of 200 MB")
            }
        }
        remainingBudget -= current.count
        return current
    }

    private struct LimitReached: Error {}
    private struct InputEnded: Error {}

    /// Inflates zlib data (RFC 1950 around RFC 1951 deflate, §7.4.4): the 2-byte header is skipped and the raw
    /// deflate data is handed to ZIPFoundation. A stream cut short keeps what was inflated before the cut, as viewers
    /// do.
    private func inflate(_ data: [UInt8]) throws(PDFFailure) -> [UInt8] {
        var start = 0
        if data.count >= 2, data[0] & 0x0F == 8, (Int(data[0]) << 8 | Int(data[1])) % 31 == 0 {
            // A preset dictionary (FDICT) is never used in PDF; inflating without it would give garbage.
            guard data[1] & 0x20 == 0 else { throw .damaged("a Flate stream asks for a preset dictionary") }
            start = 2
        }
        guard start < data.count else { return [] }
        let input = Data(data[start...])
        let limit = remainingBudget
        var output: [UInt8] = []
        let bufferSize = min(65_536, max(1_024, input.count))
        do {
            _ = try Data.decompress(
                size: Int64(input.count), bufferSize: bufferSize, skipCRC32: true,
                provider: { position, size in
                    // zlib is handed `size` bytes every time, so the last chunk is padded with zeros; asking past
                    // the end means the deflate data was cut short.
                    guard position >= 0, position < Int64(input.count) else { throw InputEnded() }
                    let from = Int(position)
                    var chunk = input.subdata(in: from..<min(input.count, from + size))
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    output.append(contentsOf: chunk)
                    if output.count > limit { throw LimitReached() }
                })
        } catch is LimitReached {
            throw .damaged("its streams decompress to more than the limit of 200 MB")
        } catch {
            guard !output.isEmpty else { throw .damaged("a Flate stream is corrupt") }
        }
        return output
    }

    /// Undoes a PNG (10–15) or TIFF (2) predictor given in `/DecodeParms` (§7.4.4.4, Table 8).
    static func undoPredictor(_ data: [UInt8], parameters: [String: PDFObject]) throws(PDFFailure) -> [UInt8] {
        let predictor = parameters["Predictor"]?.integer ?? 1
        guard predictor >= 2 else { return data }
        let colors = parameters["Colors"]?.integer ?? 1
        let bitsPerComponent = parameters["BitsPerComponent"]?.integer ?? 8
        let columns = parameters["Columns"]?.integer ?? 1
        guard (1...32).contains(colors), [1, 2, 4, 8, 16].contains(bitsPerComponent), (1...1_000_000).contains(columns)
        else { throw .damaged("a stream's predictor parameters are out of range") }
        let bytesPerPixel = max(1, (colors * bitsPerComponent + 7) / 8)
        let rowLength = (colors * bitsPerComponent * columns + 7) / 8
        if predictor == 2 {
            guard bitsPerComponent == 8 else { throw .unsupportedFilter("TIFF predictor below 8 bits") }
            var result = data
            var rowStart = 0
            while rowStart < result.count {
                let rowEnd = min(result.count, rowStart + rowLength)
                var index = rowStart + colors
                while index < rowEnd {
                    result[index] = result[index] &+ result[index - colors]
                    index += 1
                }
                rowStart = rowEnd
            }
            return result
        }
        guard predictor >= 10 else { throw .damaged("a stream names the unknown predictor \(predictor)") }
        var result: [UInt8] = []
        result.reserveCapacity(data.count)
        var previous = [UInt8](repeating: 0, count: rowLength)
        var row = [UInt8](repeating: 0, count: rowLength)
        var index = 0
        while index < data.count {
            // Each row starts with its own PNG filter type byte (RFC 2083 §6).
            let type = data[index]
            index += 1
            let available = min(rowLength, data.count - index)
            for column in 0..<rowLength {
                let raw = column < available ? data[index + column] : 0
                let left = column >= bytesPerPixel ? row[column - bytesPerPixel] : 0
                let up = previous[column]
                let upLeft = column >= bytesPerPixel ? previous[column - bytesPerPixel] : 0
                switch type {
                case 1: row[column] = raw &+ left
                case 2: row[column] = raw &+ up
                case 3: row[column] = raw &+ UInt8((Int(left) + Int(up)) / 2)
                case 4: row[column] = raw &+ paeth(left, up, upLeft)
                default: row[column] = raw
                }
            }
            result.append(contentsOf: row[0..<available])
            swap(&previous, &row)
            index += available
        }
        return result
    }

    /// The Paeth predictor of PNG (RFC 2083 §6.6).
    private static func paeth(_ left: UInt8, _ up: UInt8, _ upLeft: UInt8) -> UInt8 {
        let estimate = Int(left) + Int(up) - Int(upLeft)
        let toLeft = abs(estimate - Int(left))
        let toUp = abs(estimate - Int(up))
        let toUpLeft = abs(estimate - Int(upLeft))
        if toLeft <= toUp, toLeft <= toUpLeft { return left }
        return toUp <= toUpLeft ? up : upLeft
    }

    /// ASCIIHexDecode (§7.4.2): pairs of hex digits up to `>`, white space ignored, an odd last digit followed by 0.
    static func asciiHex(_ data: [UInt8]) throws(PDFFailure) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(data.count / 2)
        var high: UInt8?
        for byte in data {
            if byte == UInt8(ascii: ">") { break }
            if PDFLexer.isWhitespace(byte) { continue }
            guard let value = PDFLexer.hexValue(byte) else {
                throw .damaged("an ASCIIHex stream holds a character that is not a hex digit")
            }
            if let pending = high {
                result.append(pending << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        if let high { result.append(high << 4) }
        return result
    }

    /// ASCII85Decode (§7.4.3): groups of five characters `!`…`u` give four bytes, `z` four zeros, `~>` ends.
    static func ascii85(_ data: [UInt8]) throws(PDFFailure) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(data.count * 4 / 5)
        var group: [UInt32] = []
        func flush(_ group: [UInt32], count: Int) throws(PDFFailure) {
            var padded = group
            while padded.count < 5 { padded.append(84) }
            var value: UInt64 = 0
            for digit in padded { value = value * 85 + UInt64(digit) }
            guard value <= UInt64(UInt32.max) else { throw .damaged("an ASCII85 stream holds a group out of range") }
            let bytes = [
                UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF),
            ]
            result.append(contentsOf: bytes[0..<count])
        }
        for byte in data {
            if byte == UInt8(ascii: "~") { break }
            if PDFLexer.isWhitespace(byte) { continue }
            if byte == UInt8(ascii: "z"), group.isEmpty {
                result.append(contentsOf: [0, 0, 0, 0])
                continue
            }
            guard (UInt8(ascii: "!")...UInt8(ascii: "u")).contains(byte) else {
                throw .damaged("an ASCII85 stream holds a character outside its alphabet")
            }
            group.append(UInt32(byte - UInt8(ascii: "!")))
            if group.count == 5 {
                try flush(group, count: 4)
                group.removeAll(keepingCapacity: true)
            }
        }
        if group.count == 1 { throw .damaged("an ASCII85 stream ends with a single character") }
        if group.count > 1 { try flush(group, count: group.count - 1) }
        return result
    }

    /// LZWDecode (§7.4.4.2): codes of 9 to 12 bits, 256 clearing the table and 257 ending the data; with
    /// `/EarlyChange 1` the code length grows one code early.
    static func lzw(_ data: [UInt8], earlyChange: Bool, limit: Int) throws(PDFFailure) -> [UInt8] {
        var table: [[UInt8]] = (0...255).map { [UInt8($0)] } + [[], []]
        var result: [UInt8] = []
        var codeLength = 9
        var bitBuffer = 0
        var bitCount = 0
        var previous: [UInt8]?
        for byte in data {
            bitBuffer = (bitBuffer << 8 | Int(byte)) & 0xFF_FFFF
            bitCount += 8
            while bitCount >= codeLength {
                let code = (bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1)
                bitCount -= codeLength
                if code == 256 {
                    table.removeLast(table.count - 258)
                    codeLength = 9
                    previous = nil
                    continue
                }
                if code == 257 { return result }
                let entry: [UInt8]
                if code < table.count, code != 256, code != 257 {
                    entry = table[code]
                    if let previous, let first = entry.first, table.count < 4_096 { table.append(previous + [first]) }
                } else if code == table.count, table.count < 4_096, let previous, let first = previous.first {
                    entry = previous + [first]
                    table.append(entry)
                } else {
                    throw .damaged("an LZW stream holds the code \(code) before it is defined")
                }
                result.append(contentsOf: entry)
                guard result.count <= limit else {
                    throw .damaged("its streams decompress to more than the limit of 200 MB")
                }
                previous = entry
                let grow = table.count + (earlyChange ? 1 : 0)
                if grow >= 1 << codeLength, codeLength < 12 { codeLength += 1 }
            }
        }
        return result
    }

    /// RunLengthDecode (§7.4.5): a length byte below 128 copies that many plus one bytes, above 128 repeats the next
    /// byte 257 minus it times, and 128 ends the data.
    static func runLength(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < data.count {
            let length = Int(data[index])
            index += 1
            if length == 128 { break }
            if length < 128 {
                let end = min(data.count, index + length + 1)
                result.append(contentsOf: data[index..<end])
                index = end
            } else if index < data.count {
                result.append(contentsOf: repeatElement(data[index], count: 257 - length))
                index += 1
            }
        }
        return result
    }
}
