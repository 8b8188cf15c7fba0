public import Foundation

/// Reads `multipart/form-data` bodies (RFC 7578, with the framing of RFC 2046 §5.1): what a browser sends for a
/// form with file fields, and what `curl -F` sends to the API.
///
/// The whole body is in memory (uploads are limited before they get here). Parts are cut at each
/// `CRLF--boundary`; their headers are read for `Content-Disposition` (`name`, `filename`, and RFC 5987's
/// `filename*=UTF-8''…`, which wins) and `Content-Type`. Anything malformed is refused with the part's number.
public enum MultipartFormData {
    /// The most parts a body may have.
    public static let partLimit = 500
    /// The most bytes a part's headers may take.
    public static let headerLimit = 16 * 1024

    /// The boundary named by a `Content-Type` header, or `nil` when it is not `multipart/form-data` with a valid
    /// boundary (1 to 70 characters, RFC 2046).
    public static func boundary(fromContentType contentType: String) -> String? {
        let pieces = contentType.split(separator: ";", omittingEmptySubsequences: false)
        guard let type = pieces.first,
            type.trimmingCharacters(in: .whitespaces).lowercased() == "multipart/form-data"
        else { return nil }
        for parameter in pieces.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
                return nil
            }
            return value
        }
        return nil
    }

    /// The parts of `body`, separated by `boundary`.
    public static func parse(_ body: Data, boundary: String) throws(MultipartFormDataError) -> [MultipartPart] {
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        let separator = [UInt8(ascii: "\r"), UInt8(ascii: "\n")] + delimiter
        // The first delimiter may open the body or follow a preamble and its line break.
        guard var cursor = firstIndex(of: delimiter, in: bytes, from: 0) else {
            throw MultipartFormDataError("The form's body has no part marked with its boundary.")
        }
        cursor += delimiter.count
        var parts: [MultipartPart] = []
        while true {
            if bytes[cursor..<min(bytes.count, cursor + 2)].elementsEqual([UInt8(ascii: "-"), UInt8(ascii: "-")]) {
                return parts
            }
            // Transport padding (spaces and tabs) may follow a delimiter before its line break.
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t") {
                cursor += 1
            }
            let number = parts.count + 1
            guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "\r"), bytes[cursor + 1] == UInt8(ascii: "\n")
            else {
                throw MultipartFormDataError(
                    "Part \(number) of the form does not start on a new line after its boundary, or the body ends "
                        + "before the closing boundary.")
            }
            cursor += 2
            guard parts.count < partLimit else {
                throw MultipartFormDataError("The form has more than \(partLimit) parts.")
            }
            guard let next = firstIndex(of: separator, in: bytes, from: cursor) else {
                throw MultipartFormDataError(
                    "Part \(number) of the form has no closing boundary: the upload was cut short.")
            }
            parts.append(try part(bytes[cursor..<next], number: number))
            cursor = next + separator.count
        }
    }

    private static func part(_ bytes: ArraySlice<UInt8>, number: Int) throws(MultipartFormDataError) -> MultipartPart {
        let blank: [UInt8] = [13, 10, 13, 10]
        let headerEnd: Int
        let contentStart: Int
        if bytes.starts(with: [13, 10]) {
            headerEnd = bytes.startIndex
            contentStart = bytes.startIndex + 2
        } else if let end = firstIndex(of: blank, in: bytes, from: bytes.startIndex) {
            headerEnd = end
            contentStart = end + 4
        } else {
            throw MultipartFormDataError("Part \(number) of the form has no blank line after its headers.")
        }
        guard headerEnd - bytes.startIndex <= headerLimit else {
            throw MultipartFormDataError(
                "Part \(number) of the form has more than \(headerLimit / 1024) KB of headers.")
        }
        var name: String?
        var fileName: String?
        var encodedFileName: String?
        var contentType: String?
        let headerText = String(decoding: bytes[bytes.startIndex..<headerEnd], as: UTF8.self)
        for line in headerText.components(separatedBy: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else {
                throw MultipartFormDataError("Part \(number) of the form has a header line without a colon: “\(line)”.")
            }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "content-disposition":
                let parameters = dispositionParameters(value)
                name = parameters["name"]
                fileName = parameters["filename"]
                encodedFileName = parameters["filename*"].flatMap(decodeExtendedValue)
            case "content-type":
                contentType = value
            default:
                continue
            }
        }
        guard let name else {
            throw MultipartFormDataError("Part \(number) of the form has no Content-Disposition with a name.")
        }
        return MultipartPart(
            name: name, fileName: encodedFileName ?? fileName, contentType: contentType,
            data: Data(bytes[contentStart..<bytes.endIndex]))
    }

    /// The parameters of a `Content-Disposition` value (`form-data; name="a"; filename="b.txt"`), names in lower
    /// case, quoted strings unquoted (a backslash escapes the next character).
    static func dispositionParameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        var scalars = Array(value.unicodeScalars)[...]
        // Skip the disposition type.
        while let first = scalars.first, first != ";" { scalars.removeFirst() }
        while !scalars.isEmpty {
            scalars.removeFirst()  // ";"
            while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
            var key = String.UnicodeScalarView()
            while let first = scalars.first, first != "=", first != ";" {
                key.append(first)
                scalars.removeFirst()
            }
            guard scalars.first == "=" else { continue }
            scalars.removeFirst()
            var parameterValue = String.UnicodeScalarView()
            if scalars.first == "\"" {
                scalars.removeFirst()
                while let first = scalars.first {
                    scalars.removeFirst()
                    if first == "\"" { break }
                    if first == "\\", let escaped = scalars.first {
                        parameterValue.append(escaped)
                        scalars.removeFirst()
                    } else {
                        parameterValue.append(first)
                    }
                }
                while let first = scalars.first, first != ";" { scalars.removeFirst() }
            } else {
                while let first = scalars.first, first != ";" {
                    parameterValue.append(first)
                    scalars.removeFirst()
                }
            }
            result[String(key).trimmingCharacters(in: .whitespaces).lowercased()] = String(parameterValue)
                .trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// An RFC 5987 value, `UTF-8''caf%C3%A9.txt`, decoded; `nil` for another charset or bad escapes.
    static func decodeExtendedValue(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return String(pieces[2]).removingPercentEncoding
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        firstIndex(of: needle, in: haystack[...], from: start)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.endIndex - start else { return nil }
        var index = start
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
