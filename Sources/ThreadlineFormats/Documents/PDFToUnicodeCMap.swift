/// A CMap as embedded in a PDF (ISO 32000-1 §9.7.5 and §9.10.3): its codespace ranges, which tell how many bytes
/// each character code takes, and, for a `/ToUnicode` CMap, the text of each code from `bfchar` and `bfrange`.
struct PDFToUnicodeCMap {
    /// One codespace range: codes of `low.count` bytes, each byte within its bounds (§9.7.6.2).
    struct CodespaceRange {
        var low: [UInt8]
        var high: [UInt8]
    }

    /// How many mappings one CMap may give, against hostile ranges.
    static let maximumMappings = 200_000

    var codespaceRanges: [CodespaceRange] = []
    /// Text by code; the key is the code's bytes read as a big-endian number, plus its length in the top bits.
    private(set) var mappings: [Int: String] = [:]

    /// Parses a CMap stream's decoded bytes; unknown operators (`usecmap`, `cidrange`…) are passed over.
    init(bytes: [UInt8]) {
        var lexer = PDFLexer(bytes: bytes)
        var operands: [PDFLexer.Token] = []
        var arrayDepth = 0
        var arrayItems: [[UInt8]] = []
        while let token = try? lexer.next() {
            switch token {
            case .arrayOpen:
                arrayDepth += 1
                arrayItems = []
            case .arrayClose:
                arrayDepth = max(0, arrayDepth - 1)
                // An array of strings in bfrange is kept as one operand, its items joined with a marker length.
                operands.append(.keyword("array"))
                pendingArrays.append(arrayItems)
            case .string(let value) where arrayDepth > 0: arrayItems.append(value)
            case .keyword(let word):
                switch word {
                case "endcodespacerange": readCodespaces(operands)
                case "endbfchar": readCharacters(operands)
                case "endbfrange": readRanges(operands)
                default: break
                }
                if word.hasPrefix("end") || word.hasPrefix("begin") {
                    operands = []
                    pendingArrays = []
                }
            default:
                operands.append(token)
            }
            if mappings.count > Self.maximumMappings { break }
        }
        pendingArrays = []
    }

    /// Arrays met since the last operator, in order, for the `array` operands.
    private var pendingArrays: [[[UInt8]]] = []

    /// The key of a code: its value with its byte count in bits 32 and up, so `<41>` and `<0041>` differ.
    static func key(_ bytes: some Collection<UInt8>) -> Int {
        var value = 0
        for byte in bytes.prefix(4) { value = value << 8 | Int(byte) }
        return min(bytes.count, 4) << 32 | value
    }

    private mutating func readCodespaces(_ operands: [PDFLexer.Token]) {
        var index = 0
        while index + 1 < operands.count {
            if case .string(let low) = operands[index], case .string(let high) = operands[index + 1],
                low.count == high.count, (1...4).contains(low.count)
            {
                codespaceRanges.append(CodespaceRange(low: low, high: high))
            }
            index += 2
        }
    }

    private mutating func readCharacters(_ operands: [PDFLexer.Token]) {
        var index = 0
        while index + 1 < operands.count {
            if case .string(let source) = operands[index], (1...4).contains(source.count) {
                switch operands[index + 1] {
                case .string(let destination): mappings[Self.key(source)] = Self.text(destination)
                case .name(let glyph): mappings[Self.key(source)] = PDFGlyphNames.unicode(for: glyph)
                default: break
                }
            }
            index += 2
        }
    }

    private mutating func readRanges(_ operands: [PDFLexer.Token]) {
        var index = 0
        var arrayIndex = 0
        while index + 2 < operands.count {
            defer { index += 3 }
            guard case .string(let low) = operands[index], case .string(let high) = operands[index + 1],
                low.count == high.count, (1...4).contains(low.count)
            else { continue }
            let first = Self.key(low)
            let last = Self.key(high)
            guard last >= first, last - first < 65_536 else { continue }
            switch operands[index + 2] {
            case .string(let destination):
                // §9.10.3: consecutive codes map to the destination with its last code unit increased by one each.
                var units = Self.units(destination)
                guard !units.isEmpty else { continue }
                for code in first...last {
                    mappings[code] = String(decoding: units, as: UTF16.self)
                    units[units.count - 1] &+= 1
                    if mappings.count > Self.maximumMappings { return }
                }
            case .keyword("array"):
                guard arrayIndex < pendingArrays.count else { continue }
                let items = pendingArrays[arrayIndex]
                arrayIndex += 1
                for (offset, item) in items.enumerated() where first + offset <= last {
                    mappings[first + offset] = Self.text(item)
                }
            default: continue
            }
        }
    }

    /// UTF-16BE code units of a destination string.
    private static func units(_ bytes: [UInt8]) -> [UInt16] {
        var result: [UInt16] = []
        var index = 0
        while index + 1 < bytes.count {
            result.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        // A single byte (written by some producers) is taken as one code unit.
        if bytes.count == 1 { result.append(UInt16(bytes[0])) }
        return result
    }

    /// A destination as text: UTF-16BE, surrogate pairs joined (§9.10.3).
    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: units(bytes), as: UTF16.self)
    }

    /// The text of the code with these bytes, if the CMap maps it.
    func text(for code: ArraySlice<UInt8>) -> String? {
        mappings[Self.key(code)]
    }

    /// How many bytes the code starting at `start` takes, from the codespace ranges; `nil` when none matches.
    func codeLength(in bytes: [UInt8], at start: Int) -> Int? {
        for length in 1...4 where start + length <= bytes.count {
            for range in codespaceRanges where range.low.count == length {
                var inside = true
                for offset in 0..<length {
                    let byte = bytes[start + offset]
                    if byte < range.low[offset] || byte > range.high[offset] {
                        inside = false
                        break
                    }
                }
                if inside { return length }
            }
        }
        return nil
    }
}
