/// Parses PDF objects (ISO 32000-1 §7.3) from tokens, with a limit on how deeply arrays and dictionaries nest.
struct PDFObjectParser {
    /// How deeply arrays and dictionaries may nest before the file is taken as hostile.
    static let maximumDepth = 100
    /// How many elements one array or dictionary may hold.
    static let maximumElements = 1_000_000

    var lexer: PDFLexer
    /// Whether `n g R` reads as a reference; content streams have none, so they skip the look-ahead.
    var allowsReferences: Bool

    init(bytes: [UInt8], position: Int = 0, allowsReferences: Bool = true) {
        lexer = PDFLexer(bytes: bytes, position: position)
        self.allowsReferences = allowsReferences
    }

    /// Parses the next object; `nil` at the end of the bytes.
    mutating func parseObject() throws(PDFFailure) -> PDFObject? {
        guard let token = try lexer.next() else { return nil }
        return try object(startingWith: token, depth: 0)
    }

    /// Parses an object whose first token has been read.
    mutating func object(startingWith token: PDFLexer.Token, depth: Int) throws(PDFFailure) -> PDFObject {
        guard depth < Self.maximumDepth else {
            throw .damaged("objects nest more than \(Self.maximumDepth) deep at byte \(lexer.position)")
        }
        switch token {
        case .integer(let value):
            if allowsReferences, value >= 0, let reference = referenceAhead(number: value) { return reference }
            return .integer(value)
        case .real(let value): return .real(value)
        case .string(let bytes): return .string(bytes)
        case .name(let name): return .name(name)
        case .arrayOpen:
            var elements: [PDFObject] = []
            while true {
                guard let next = try lexer.next() else {
                    throw .damaged("an array is not closed before the end at byte \(lexer.position)")
                }
                if next == .arrayClose { return .array(elements) }
                guard elements.count < Self.maximumElements else {
                    throw .damaged("an array at byte \(lexer.position) is too long")
                }
                elements.append(try object(startingWith: next, depth: depth + 1))
            }
        case .dictionaryOpen:
            var dictionary: [String: PDFObject] = [:]
            while true {
                guard let next = try lexer.next() else {
                    throw .damaged("a dictionary is not closed before the end at byte \(lexer.position)")
                }
                if next == .dictionaryClose { return .dictionary(dictionary) }
                guard case .name(let key) = next else {
                    // A stray token where a key belongs: keep reading, as readers commonly do.
                    if case .keyword(let word) = next, word == "endobj" || word == "stream" {
                        throw .damaged("a dictionary is not closed before '\(word)' at byte \(lexer.position)")
                    }
                    continue
                }
                guard let valueToken = try lexer.next() else {
                    throw .damaged("a dictionary is not closed before the end at byte \(lexer.position)")
                }
                if valueToken == .dictionaryClose {
                    dictionary[key] = PDFObject.null
                    return .dictionary(dictionary)
                }
                guard dictionary.count < Self.maximumElements else {
                    throw .damaged("a dictionary at byte \(lexer.position) is too long")
                }
                dictionary[key] = try object(startingWith: valueToken, depth: depth + 1)
            }
        case .keyword(let word):
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default:
                throw .damaged("an unexpected '\(word.prefix(20))' at byte \(lexer.position - word.utf8.count)")
            }
        case .arrayClose, .dictionaryClose:
            throw .damaged("an unexpected closing bracket at byte \(lexer.position)")
        }
    }

    /// Reads `g R` after an object number, leaving the lexer untouched when they do not follow.
    private mutating func referenceAhead(number: Int) -> PDFObject? {
        var probe = lexer
        guard case .integer(let generation)? = try? probe.next(), generation >= 0,
            case .keyword("R")? = try? probe.next()
        else { return nil }
        lexer = probe
        return .reference(PDFReference(number: number, generation: generation))
    }
}
