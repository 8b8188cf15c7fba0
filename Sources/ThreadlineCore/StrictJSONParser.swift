public import Foundation

/// Parses untrusted JSON bytes into a `JSONValue`, strictly, within limits, and saying where a document goes wrong.
///
/// Foundation's decoders neither say where invalid JSON breaks nor bound nesting; a hostile file of a million
/// `[` must become a clear message, not a stack overflow. The parser recurses only into arrays and objects and
/// `maximumDepth` caps that, so its stack stays shallow whatever it is fed; `maximumValues` bounds the memory
/// a small document of many tiny values (`[[],[],…]`) could claim. It follows RFC 8259 strictly
/// (Foundation accepts trailing commas): no comments, no duplicate keys in an object, text in valid UTF-8.
public struct StrictJSONParser: Sendable {
    /// Why a document could not be parsed, and where.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// What is wrong, as a sentence without its location.
        public var reason: String
        /// The byte offset (from 0) where the problem was found.
        public var offset: Int
        /// The line (from 1).
        public var line: Int
        /// The column (from 1), counted in Unicode scalars.
        public var column: Int
        /// Whether the document broke a limit (depth, value count) rather than the rules of JSON.
        public var isLimit = false

        public var description: String { "\(reason) (line \(line), column \(column), byte \(offset))." }
    }

    /// The deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int
    /// The most values (of any kind, containers included) accepted in one document.
    public var maximumValues: Int = .max

    /// Creates a parser with these limits.
    public init(maximumDepth: Int, maximumValues: Int = .max) {
        self.maximumDepth = maximumDepth
        self.maximumValues = maximumValues
    }

    /// Parses one JSON document.
    public func parse(_ data: Data) throws(Failure) -> JSONValue {
        var cursor = Cursor(bytes: Array(data), maximumDepth: maximumDepth, maximumValues: maximumValues)
        return try cursor.parseDocument()
    }
}

// The mutable state of one parse: the bytes and the reading position.
private struct Cursor {
    // What the one-letter escapes stand for: \" \\ \/ \b \f \n \r \t.
    static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    let bytes: [UInt8]
    let maximumDepth: Int
    let maximumValues: Int
    var index = 0
    var valueCount = 0

    init(bytes: [UInt8], maximumDepth: Int, maximumValues: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.maximumValues = maximumValues
    }

    mutating func parseDocument() throws(StrictJSONParser.Failure) -> JSONValue {
        // Some editors on Windows start UTF-8 files with a byte order mark; it carries no meaning.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw failure("The document is empty") }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        guard index == bytes.count else { throw failure("Unexpected \(describeByte()) after the end of the document") }
        return value
    }

    mutating func parseValue(depth: Int) throws(StrictJSONParser.Failure) -> JSONValue {
        guard index < bytes.count else { throw failure("The document ends where a value was expected") }
        valueCount += 1
        if valueCount > maximumValues {
            throw failure("The document holds more than \(maximumValues.groupedText) values", isLimit: true)
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", as: .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", as: .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", as: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("Unexpected \(describeByte()) where a value was expected")
        }
    }

    mutating func parseObject(depth: Int) throws(StrictJSONParser.Failure) -> JSONValue {
        try checkDepth(depth)
        index += 1  // {
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(members) }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("Expected a key in double quotes but found \(describeByte())")
            }
            let keyOffset = index
            let key = try parseString()
            // Two values for one key would let a file say one thing to a reviewer and another to the importer.
            if members[key] != nil {
                throw failure("The key \"\(key)\" appears twice in the same object", at: keyOffset)
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw failure("Expected ':' but found \(describeByte())") }
            skipWhitespace()
            members[key] = try parseValue(depth: depth)
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return .object(members) }
            guard consume(UInt8(ascii: ",")) else {
                throw failure("Expected ',' or '}' but found \(describeByte())")
            }
            skipWhitespace()
        }
    }

    mutating func parseArray(depth: Int) throws(StrictJSONParser.Failure) -> JSONValue {
        try checkDepth(depth)
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .array(elements) }
        while true {
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return .array(elements) }
            guard consume(UInt8(ascii: ",")) else {
                throw failure("Expected ',' or ']' but found \(describeByte())")
            }
            skipWhitespace()
        }
    }

    mutating func parseString() throws(StrictJSONParser.Failure) -> String {
        let start = index
        index += 1  // opening quote
        var buffer: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else { throw failure("A string starting here is never closed", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                buffer.append(contentsOf: bytes[runStart..<index])
                index += 1
                break
            }
            if byte < 0x20 {
                throw failure("A control character inside a string (write it as an escape such as \\n)")
            }
            if byte == UInt8(ascii: "\\") {
                buffer.append(contentsOf: bytes[runStart..<index])
                try appendEscape(to: &buffer)
                runStart = index
                continue
            }
            index += 1
        }
        guard let text = String(validating: buffer, as: UTF8.self) else {
            throw failure("A string that is not valid UTF-8 text", at: start)
        }
        return text
    }

    // Reads one escape sequence (the cursor is on its backslash) and appends the character it stands for.
    mutating func appendEscape(to buffer: inout [UInt8]) throws(StrictJSONParser.Failure) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw failure("The document ends inside an escape sequence") }
        let letter = bytes[index]
        index += 1
        if let byte = Self.simpleEscapes[letter] {
            buffer.append(byte)
            return
        }
        guard letter == UInt8(ascii: "u") else { throw failure("An unknown escape sequence", at: escapeStart) }
        var code = try readHexQuad(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(code) {
            // A character beyond the Basic Multilingual Plane arrives as a surrogate pair: \uD83D\uDE00.
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw failure("A lone surrogate in a \\u escape", at: escapeStart) }
            index += 2
            let low = try readHexQuad(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw failure("A lone surrogate in a \\u escape", at: escapeStart)
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw failure("A lone surrogate in a \\u escape", at: escapeStart)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("An invalid \\u escape", at: escapeStart) }
        buffer.append(contentsOf: String(scalar).utf8)
    }

    mutating func readHexQuad(escapeStart: Int) throws(StrictJSONParser.Failure) -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure("An incomplete \\u escape", at: escapeStart) }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("A \\u escape needs four hexadecimal digits", at: escapeStart)
            }
            code = (code << 4) + UInt32(digit)
            index += 1
        }
        return code
    }

    mutating func parseNumber() throws(StrictJSONParser.Failure) -> JSONValue {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            // JSON has no leading zeros: "012" is not a number.
        } else if skipDigits() == 0 {
            throw failure("A number needs digits after its minus sign", at: start)
        }
        var isInteger = true
        if consume(UInt8(ascii: ".")) {
            isInteger = false
            if skipDigits() == 0 { throw failure("A number needs digits after its decimal point", at: start) }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isInteger = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            if skipDigits() == 0 { throw failure("A number needs digits in its exponent", at: start) }
        }
        // Most numbers in a bundle are small integers; reading their digits directly avoids a slow
        // text-to-double conversion, and is exact below 2^53.
        if isInteger, index - start <= 15 {
            let negative = bytes[start] == UInt8(ascii: "-")
            let digits = bytes[(negative ? start + 1 : start)..<index]
            let magnitude = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            return .number(Double(negative ? -magnitude : magnitude))
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw failure("The number \(text.prefix(40)) is too large", at: start)
        }
        return .number(number)
    }

    mutating func parseLiteral(_ word: String, as value: JSONValue) throws(StrictJSONParser.Failure) -> JSONValue {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("Unexpected \(describeByte()) where a value was expected")
        }
        index += expected.count
        return value
    }

    mutating func checkDepth(_ depth: Int) throws(StrictJSONParser.Failure) {
        if depth > maximumDepth {
            throw failure("Arrays and objects are nested more than \(maximumDepth) levels deep", isLimit: true)
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func skipDigits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    // Names the byte under the cursor for a message: `'x'`, "the end of the document" or a kind of character.
    func describeByte() -> String {
        guard index < bytes.count else { return "the end of the document" }
        let byte = bytes[index]
        if (0x21...0x7E).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return "white space" }
        if byte < 0x20 || byte == 0x7F { return "a control character" }
        return "a non-ASCII character"
    }

    func failure(_ reason: String, at offset: Int? = nil, isLimit: Bool = false) -> StrictJSONParser.Failure {
        let offset = min(offset ?? index, bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<offset where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        // Count scalars, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start a character.
        let column = bytes[lineStart..<offset].reduce(1) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
        return StrictJSONParser.Failure(reason: reason, offset: offset, line: line, column: column, isLimit: isLimit)
    }
}
