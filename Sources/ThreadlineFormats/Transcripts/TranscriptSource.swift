import Foundation

/// A transcript file as UTF-8 bytes split into lines, shared by every parser.
///
/// Parsers work on bytes rather than `String` because every delimiter in these formats is ASCII, which keeps them
/// linear and fast, and lets each problem name the line of the original file.
struct TranscriptSource {
    /// The file's bytes, without a leading UTF-8 byte order mark.
    let bytes: [UInt8]

    /// The byte range of each line, without its terminator. CR, LF and CRLF all end a line, as WebVTT
    /// (https://www.w3.org/TR/webvtt1/#file-parsing) and common SRT files use all three. A final line without a
    /// terminator counts; an empty file has no lines.
    let lines: [Range<Int>]

    /// One problem for each line that holds bytes that are not UTF-8, naming the first bad byte's offset in the
    /// file. Such bytes decode as U+FFFD so that parsing can go on and find the file's other problems.
    let encodingProblems: [TranscriptProblem]

    init(data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        let byteOrderMarkLength = data.count - bytes.count
        self.bytes = bytes
        self.lines = Self.splitLines(bytes)
        if String(validating: bytes, as: UTF8.self) != nil {
            self.encodingProblems = []
        } else {
            self.encodingProblems = Self.findEncodingProblems(
                bytes,
                lines: lines,
                offsetInFile: byteOrderMarkLength
            )
        }
    }

    /// The number of lines.
    var lineCount: Int { lines.count }

    /// The 1-based line number of the line at `index`.
    func lineNumber(_ index: Int) -> Int { index + 1 }

    /// The bytes of the line at `index`.
    func line(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index]] }

    /// Whether the line at `index` has no bytes at all.
    func isEmpty(_ index: Int) -> Bool { lines[index].isEmpty }

    /// Whether the line at `index` is empty or holds only spaces and tabs.
    func isBlank(_ index: Int) -> Bool {
        bytes[lines[index]].allSatisfy(TranscriptBytes.isSpaceOrTab)
    }

    /// The lines in `lineIndices` joined with LF, whatever ended them in the file, as cue text parsing expects.
    func joinedLines(_ lineIndices: Range<Int>) -> [UInt8] {
        var joined: [UInt8] = []
        for index in lineIndices {
            if index > lineIndices.lowerBound {
                joined.append(TranscriptBytes.lineFeed)
            }
            joined.append(contentsOf: bytes[lines[index]])
        }
        return joined
    }

    /// Whether the line at `index` contains `-->`.
    func containsArrow(_ index: Int) -> Bool {
        TranscriptBytes.firstArrow(in: bytes, range: lines[index]) != nil
    }

    private static func splitLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == TranscriptBytes.lineFeed {
                lines.append(lineStart..<index)
                index += 1
                lineStart = index
            } else if byte == TranscriptBytes.carriageReturn {
                lines.append(lineStart..<index)
                index += 1
                if index < bytes.count, bytes[index] == TranscriptBytes.lineFeed {
                    index += 1
                }
                lineStart = index
            } else {
                index += 1
            }
        }
        if lineStart < bytes.count {
            lines.append(lineStart..<bytes.count)
        }
        return lines
    }

    private static func findEncodingProblems(
        _ bytes: [UInt8],
        lines: [Range<Int>],
        offsetInFile: Int
    ) -> [TranscriptProblem] {
        var problems: [TranscriptProblem] = []
        for (index, range) in lines.enumerated() {
            if let badOffset = firstInvalidUTF8Offset(bytes, range: range) {
                let message = "the text is not valid UTF-8 (byte offset \(badOffset + offsetInFile))"
                problems.append(TranscriptProblem(line: index + 1, message: message))
            }
        }
        return problems
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, following the table of
    /// well-formed byte sequences in the Unicode Standard, section 3.9 (table 3-7).
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = bytes[index]
            let continuation: (count: Int, secondByte: ClosedRange<UInt8>)
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: continuation = (1, 0x80...0xBF)
            case 0xE0: continuation = (2, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: continuation = (2, 0x80...0xBF)
            case 0xED: continuation = (2, 0x80...0x9F)
            case 0xF0: continuation = (3, 0x90...0xBF)
            case 0xF1...0xF3: continuation = (3, 0x80...0xBF)
            case 0xF4: continuation = (3, 0x80...0x8F)
            default: return index
            }
            guard index + continuation.count < range.upperBound,
                continuation.secondByte.contains(bytes[index + 1])
            else { return index }
            for offset in stride(from: 2, through: continuation.count, by: 1)
            where !(0x80...0xBF).contains(bytes[index + offset]) {
                return index
            }
            index += continuation.count + 1
        }
        return nil
    }
}
