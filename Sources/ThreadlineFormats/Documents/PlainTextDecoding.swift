import Foundation

/// Turns an uploaded text file's bytes into text with LF line ends, or says exactly where the bytes go wrong.
///
/// UTF-8 is read with or without its byte-order mark; UTF-16 only with one, since without it neither byte order can
/// be told from the other. CR LF and lone CR line ends (Windows, classic Mac OS) become LF.
enum PlainTextDecoding {
    /// The text of `data`, line ends made LF.
    static func decode(_ data: Data, fileName: String, format: DocumentFormat) throws(DocumentExtractionError)
        -> String
    {
        let bytes = [UInt8](data)
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = try decodeUTF16(bytes.dropFirst(2), bigEndian: false, fileName: fileName)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(bytes.dropFirst(2), bigEndian: true, fileName: fileName)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            if let nul = body.firstIndex(of: 0) {
                // Text files hold no NULs; a file that does is binary, or UTF-16 saved without its byte-order mark.
                throw .notThatFormat(
                    fileName: fileName, format: format,
                    detail: "byte \(nul) is a NUL, so it is not UTF-8 text (UTF-16 needs a byte-order mark)")
            }
            text = try decodeUTF8(body, fileName: fileName)
        }
        return normalizingLineEnds(text)
    }

    /// Decodes UTF-8, naming the offset (from the start of the file, counting from 0) and line of the first bad byte.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, fileName: String) throws(DocumentExtractionError)
        -> String
    {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == 0x0A { line += 1 }
                offset += encoded.count
            case .error:
                throw .damaged(
                    fileName: fileName,
                    detail:
                        "byte \(offset) (line \(line)) is not valid UTF-8; save the file as UTF-8 and upload it again")
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    /// Decodes UTF-16 in the given byte order, naming the offset and line of an odd byte or a lone surrogate.
    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, fileName: String)
        throws(DocumentExtractionError) -> String
    {
        guard bytes.count % 2 == 0 else {
            throw .damaged(fileName: fileName, detail: "it ends in the middle of a UTF-16 character")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var text = ""
        var offset = bytes.startIndex
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                if scalar == "\n" { line += 1 }
                text.unicodeScalars.append(scalar)
                offset += encoded.count * 2
            case .error:
                throw .damaged(
                    fileName: fileName, detail: "byte \(offset) (line \(line)) is half of a UTF-16 surrogate pair")
            case .emptyInput:
                return text
            }
        }
    }

    /// `text` with CR LF and lone CR turned into LF.
    private static func normalizingLineEnds(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var result = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                afterCR = true
            } else {
                if !(afterCR && scalar == "\n") { result.append(scalar) }
                afterCR = false
            }
        }
        return String(result)
    }
}
