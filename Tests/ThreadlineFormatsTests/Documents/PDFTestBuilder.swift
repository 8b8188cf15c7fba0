import Foundation
import ZIPFoundation

/// Assembles small PDF files for tests: numbered objects, streams (optionally Flate-compressed with a zlib header
/// and Adler-32 computed here), and a correct cross-reference table or stream (ISO 32000-1 §7.5).
struct PDFTestBuilder {
    private(set) var objects: [(number: Int, body: [UInt8])] = []

    /// Adds an object whose body is written as text.
    mutating func add(_ number: Int, _ body: String) {
        objects.append((number, Array(body.utf8)))
    }

    /// Adds a stream object; `/Length` (and `/Filter` when compressed) are written for it.
    mutating func addStream(_ number: Int, _ dictionary: String = "", _ data: [UInt8], compressed: Bool = false) throws
    {
        let payload = compressed ? try Self.zlib(data) : data
        let filter = compressed ? "/Filter /FlateDecode " : ""
        var body = Array("<< \(filter)\(dictionary) /Length \(payload.count) >>\nstream\n".utf8)
        body += payload
        body += Array("\nendstream".utf8)
        objects.append((number, body))
    }

    /// Adds a content stream written as text.
    mutating func addStream(_ number: Int, _ dictionary: String = "", text: String, compressed: Bool = false) throws {
        try addStream(number, dictionary, Array(text.utf8), compressed: compressed)
    }

    /// The header with a comment of high bytes, as §7.5.2 recommends for binary files.
    static let header: [UInt8] = Array("%PDF-1.7\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]

    /// A file with a classic cross-reference table and trailer.
    func build(root: Int = 1, trailerExtra: String = "") -> [UInt8] {
        var output = Self.header
        var offsets: [Int: Int] = [:]
        for (number, body) in objects {
            offsets[number] = output.count
            output += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let size = (offsets.keys.max() ?? 0) + 1
        let xref = output.count
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<max(1, size) {
            if let offset = offsets[number] {
                table += String(format: "%010d 00000 n \n", offset)
            } else {
                table += "0000000000 65535 f \n"
            }
        }
        table += "trailer\n<< /Size \(size) /Root \(root) 0 R \(trailerExtra) >>\nstartxref\n\(xref)\n%%EOF\n"
        return output + Array(table.utf8)
    }

    /// Appends this builder's objects to `base` as an incremental update (§7.5.6): a new table section whose trailer
    /// points back with `/Prev`.
    func appendUpdate(to base: [UInt8], root: Int = 1) -> [UInt8] {
        let text = String(decoding: base, as: UTF8.self)
        let previous = text.components(separatedBy: "startxref").last.flatMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines).components(separatedBy: .whitespacesAndNewlines)[0])
        }
        var output = base
        var sections = ""
        for (number, body) in objects {
            sections += "\(number) 1\n" + String(format: "%010d 00000 n \n", output.count)
            output += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let size = (objects.map(\.number).max() ?? 0) + 1
        let xref = output.count
        let tail =
            "xref\n0 1\n0000000000 65535 f \n\(sections)trailer\n<< /Size \(size) /Root \(root) 0 R /Prev \(previous ?? 0) >>\n"
            + "startxref\n\(xref)\n%%EOF\n"
        return output + Array(tail.utf8)
    }

    /// A PDF 1.5 file: the objects numbered in `packed` go into an object stream (§7.5.7), and the cross-reference is
    /// a Flate-compressed stream with `/W [1 4 2]` and the PNG Up predictor (`/Predictor 12`, §7.5.8).
    func buildWithCrossReferenceStream(root: Int = 1, packed: Set<Int>) throws -> [UInt8] {
        var output = Self.header
        let highest = objects.map(\.number).max() ?? 0
        let objectStream = highest + 1
        let xrefStream = highest + 2
        var offsets: [Int: Int] = [:]
        var indexInStream: [Int: Int] = [:]
        var streamHeader = ""
        var streamBody: [UInt8] = []
        for (number, body) in objects {
            if packed.contains(number) {
                indexInStream[number] = indexInStream.count
                streamHeader += "\(number) \(streamBody.count) "
                streamBody += body + [0x0A]
            } else {
                offsets[number] = output.count
                output += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
            }
        }
        let headerBytes = Array(streamHeader.utf8)
        let packedData = try Self.zlib(headerBytes + streamBody)
        offsets[objectStream] = output.count
        output += Array(
            "\(objectStream) 0 obj\n<< /Type /ObjStm /N \(indexInStream.count) /First \(headerBytes.count) /Filter /FlateDecode /Length \(packedData.count) >>\nstream\n"
                .utf8)
        output += packedData + Array("\nendstream\nendobj\n".utf8)
        offsets[xrefStream] = output.count
        let size = xrefStream + 1
        var rows: [[UInt8]] = []
        for number in 0..<size {
            if let offset = offsets[number] {
                rows.append([1] + Self.bigEndian(offset, 4) + [0, 0])
            } else if let index = indexInStream[number] {
                rows.append([2] + Self.bigEndian(objectStream, 4) + Self.bigEndian(index, 2))
            } else {
                rows.append([0, 0, 0, 0, 0, 0xFF, 0xFF])
            }
        }
        // The PNG Up filter: each byte minus the byte above it, each row led by its filter type 2 (RFC 2083 §6.3).
        var predicted: [UInt8] = []
        var above = [UInt8](repeating: 0, count: 7)
        for row in rows {
            predicted.append(2)
            for (column, byte) in row.enumerated() { predicted.append(byte &- above[column]) }
            above = row
        }
        let xrefData = try Self.zlib(predicted)
        output += Array(
            "\(xrefStream) 0 obj\n<< /Type /XRef /Size \(size) /W [1 4 2] /Root \(root) 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >> /Length \(xrefData.count) >>\nstream\n"
                .utf8)
        output += xrefData + Array("\nendstream\nendobj\nstartxref\n\(offsets[xrefStream] ?? 0)\n%%EOF\n".utf8)
        return output
    }

    static func bigEndian(_ value: Int, _ count: Int) -> [UInt8] {
        (0..<count).reversed().map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }

    /// zlib data (RFC 1950): the header 78 9C, raw deflate from ZIPFoundation, then the Adler-32 of the input.
    static func zlib(_ data: [UInt8]) throws -> [UInt8] {
        let input = Data(data)
        var deflated = Data()
        _ = try Data.compress(
            size: Int64(input.count), bufferSize: 4_096,
            provider: { position, size in input.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { deflated.append($0) })
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return [0x78, 0x9C] + [UInt8](deflated) + bigEndian(Int(b << 16 | a), 4)
    }

    /// LZW data (§7.4.4.2) that spells every byte as its own 9-bit code, with a clear-table code (256) every 200
    /// bytes so that the code length never grows, and the end code (257).
    static func lzwLiterals(_ data: [UInt8]) -> [UInt8] {
        var codes: [Int] = []
        for (index, byte) in data.enumerated() {
            if index % 200 == 0 { codes.append(256) }
            codes.append(Int(byte))
        }
        codes.append(257)
        var output: [UInt8] = []
        var buffer = 0
        var count = 0
        for code in codes {
            buffer = buffer << 9 | code
            count += 9
            while count >= 8 {
                output.append(UInt8((buffer >> (count - 8)) & 0xFF))
                count -= 8
            }
        }
        if count > 0 { output.append(UInt8((buffer << (8 - count)) & 0xFF)) }
        return output
    }

    /// ASCII85 encoding (§7.4.3) with its `~>` end marker.
    static func ascii85(_ data: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < data.count {
            let chunk = Array(data[index..<min(data.count, index + 4)])
            index += 4
            var value: UInt32 = 0
            for position in 0..<4 { value = value << 8 | UInt32(position < chunk.count ? chunk[position] : 0) }
            if value == 0, chunk.count == 4 {
                output.append(UInt8(ascii: "z"))
                continue
            }
            var digits = [UInt8](repeating: 0, count: 5)
            for position in (0..<5).reversed() {
                digits[position] = UInt8(value % 85) + 33
                value /= 85
            }
            output += digits[0...chunk.count]
        }
        return output + Array("~>".utf8)
    }

    /// A one-font document: catalog 1, pages 2, then one page per content string, each with font /F1 (Helvetica,
    /// WinAnsi) and any extra resources.
    static func simpleDocument(
        pages contents: [String],
        font: String = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        extraResources: String = "", extraObjects: [(Int, String)] = [], compressed: Bool = false,
        trailerExtra: String = ""
    ) throws -> [UInt8] {
        var builder = PDFTestBuilder()
        builder.add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        let pageNumbers = contents.indices.map { 10 + $0 * 2 }
        builder.add(
            2,
            "<< /Type /Pages /Kids [\(pageNumbers.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(contents.count) /Resources << /Font << /F1 3 0 R >> \(extraResources) >> >>"
        )
        builder.add(3, font)
        for (index, content) in contents.enumerated() {
            let number = pageNumbers[index]
            builder.add(number, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents \(number + 1) 0 R >>")
            try builder.addStream(number + 1, text: content, compressed: compressed)
        }
        for (number, body) in extraObjects { builder.add(number, body) }
        return builder.build(trailerExtra: trailerExtra)
    }
}
