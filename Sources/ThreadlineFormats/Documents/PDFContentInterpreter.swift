/// Runs a page's content stream (ISO 32000-1 §7.8.2, §8 and §9.4) far enough to know what text is shown where:
/// the graphics state stack and CTM, the text state and matrices, the text-showing operators, and form XObjects.
///
/// Everything else (paths, colours, images) is read past. A stream that cannot be decoded or parsed ends its own
/// text, not the page's; the first such failure is kept for the caller.
struct PDFContentInterpreter {
    /// How deeply form XObjects may draw one another.
    static let maximumFormDepth = 12
    /// How many operators one document may run, against forms that draw each other many times over.
    static let maximumOperations = 20_000_000
    /// How many `q` may be open at once.
    static let maximumStateDepth = 256

    /// The part of the graphics state that placing text needs (§8.4.1, §9.3.1).
    private struct GraphicsState {
        var ctm = PDFMatrix.identity
        var font: PDFFont?
        var fontSize = 0.0
        var characterSpacing = 0.0
        var wordSpacing = 0.0
        var horizontalScaling = 1.0
        var leading = 0.0
    }

    let document: PDFDocumentReader
    /// Glyphs shown whose text the font does not give.
    private(set) var unmappedGlyphs = 0
    /// The first failure met in a content stream, if any.
    private(set) var firstFailure: PDFFailure?

    private var runs: [PDFTextRun] = []
    private var state = GraphicsState()
    private var stack: [GraphicsState] = []
    private var textMatrix = PDFMatrix.identity
    private var lineMatrix = PDFMatrix.identity
    private var operations = 0
    private var fonts: [Int: PDFFont] = [:]
    private var forms: [Int: [UInt8]] = [:]

    init(document: PDFDocumentReader) {
        self.document = document
    }

    /// The text runs a page shows, in the order it shows them.
    mutating func runs(on page: PDFDocumentReader.Page) -> [PDFTextRun] {
        runs = []
        state = GraphicsState()
        stack = []
        // §7.8.2: the streams of a /Contents array are one stream split anywhere between tokens.
        var content: [UInt8] = []
        for stream in page.contents {
            do {
                content.append(contentsOf: try document.decodedData(stream))
                content.append(0x0A)
            } catch {
                note(error)
            }
        }
        interpret(content, resources: page.resources, depth: 0)
        return runs
    }

    private mutating func note(_ failure: PDFFailure) {
        if case .unsupportedFilter = failure { return }
        if firstFailure == nil { firstFailure = failure }
    }

    /// Runs the operators of one content stream.
    private mutating func interpret(_ bytes: [UInt8], resources: [String: PDFObject], depth: Int) {
        var parser = PDFObjectParser(bytes: bytes, allowsReferences: false)
        var operands: [PDFObject] = []
        while true {
            let token: PDFLexer.Token?
            do {
                token = try parser.lexer.next()
            } catch {
                note(error)
                return
            }
            guard let token else { return }
            if case .keyword(let word) = token, word != "true", word != "false", word != "null" {
                operations += 1
                guard operations <= Self.maximumOperations else {
                    note(.damaged("its pages run more than \(Self.maximumOperations) drawing operations"))
                    return
                }
                if word == "BI" {
                    skipInlineImage(&parser.lexer)
                } else {
                    execute(word, operands, resources: resources, depth: depth)
                }
                operands.removeAll(keepingCapacity: true)
                continue
            }
            do {
                let operand = try parser.object(startingWith: token, depth: 0)
                if operands.count < 64 { operands.append(operand) }
            } catch {
                note(error)
                return
            }
        }
    }

    /// Reads past an inline image: its dictionary up to `ID`, then its data up to `EI` (§8.9.7).
    private func skipInlineImage(_ lexer: inout PDFLexer) {
        while let token = try? lexer.next() {
            if token == .keyword("ID") {
                lexer.skipInlineImageData()
                return
            }
            if token == .keyword("EI") { return }
        }
        lexer.position = lexer.bytes.count
    }

    /// The last `count` operands as numbers, or `nil` when there are fewer or one is not a number.
    private func numbers(_ operands: [PDFObject], _ count: Int) -> [Double]? {
        guard operands.count >= count else { return nil }
        let values = operands.suffix(count).compactMap(\.number)
        return values.count == count && values.allSatisfy(\.isFinite) ? values : nil
    }

    private mutating func execute(
        _ operator: String, _ operands: [PDFObject], resources: [String: PDFObject], depth: Int
    ) {
        switch `operator` {
        case "q":
            if stack.count < Self.maximumStateDepth { stack.append(state) }
        case "Q":
            if let saved = stack.popLast() { state = saved }
        case "cm":
            if let matrix = PDFMatrix(Array(operands.suffix(6))) { state.ctm = matrix.concatenating(state.ctm) }
        case "BT":
            textMatrix = .identity
            lineMatrix = .identity
        case "Tf":
            if let size = numbers(operands, 1)?.first { state.fontSize = size }
            if operands.count >= 2, let name = operands[operands.count - 2].name {
                state.font = font(named: name, resources: resources)
            }
        case "Tc": if let value = numbers(operands, 1)?.first { state.characterSpacing = value }
        case "Tw": if let value = numbers(operands, 1)?.first { state.wordSpacing = value }
        case "Tz": if let value = numbers(operands, 1)?.first { state.horizontalScaling = value / 100 }
        case "TL": if let value = numbers(operands, 1)?.first { state.leading = value }
        case "Td":
            if let values = numbers(operands, 2) { moveLine(values[0], values[1]) }
        case "TD":
            if let values = numbers(operands, 2) {
                state.leading = -values[1]
                moveLine(values[0], values[1])
            }
        case "Tm":
            if let matrix = PDFMatrix(Array(operands.suffix(6))) {
                textMatrix = matrix
                lineMatrix = matrix
            }
        case "T*": moveLine(0, -state.leading)
        case "Tj":
            if let bytes = operands.last?.stringBytes { show([.string(bytes)]) }
        case "'":
            moveLine(0, -state.leading)
            if let bytes = operands.last?.stringBytes { show([.string(bytes)]) }
        case "\"":
            if operands.count >= 3, let word = operands[operands.count - 3].number,
                let character = operands[operands.count - 2].number
            {
                state.wordSpacing = word
                state.characterSpacing = character
            }
            moveLine(0, -state.leading)
            if let bytes = operands.last?.stringBytes { show([.string(bytes)]) }
        case "TJ":
            if let elements = operands.last?.array { show(elements) }
        case "Do":
            if let name = operands.last?.name { drawForm(named: name, resources: resources, depth: depth) }
        default: break
        }
    }

    /// `Td`: a new line offset from the start of the current one (§9.4.2).
    private mutating func moveLine(_ x: Double, _ y: Double) {
        lineMatrix = PDFMatrix.translation(x, y).concatenating(lineMatrix)
        textMatrix = lineMatrix
    }

    /// The font a `Tf` names, read once per font object.
    private mutating func font(named name: String, resources: [String: PDFObject]) -> PDFFont {
        guard let fontResources = try? document.resolve(resources["Font"] ?? .null).dictionary,
            let entry = fontResources[name]
        else { return PDFFont() }
        if let number = entry.reference?.number, let cached = fonts[number] { return cached }
        var font = PDFFont()
        do {
            if let dictionary = try document.resolve(entry).dictionary {
                font = try PDFFont(dictionary: dictionary, document: document)
            }
        } catch {
            note(error)
        }
        if let number = entry.reference?.number { fonts[number] = font }
        return font
    }

    /// Shows strings and `TJ` adjustments as one run (§9.4.3); an adjustment moving right by more than 0.2 em reads
    /// as a space between words.
    private mutating func show(_ elements: [PDFObject]) {
        let font = state.font ?? PDFFont()
        let size = state.fontSize
        let scaling = state.horizontalScaling
        let placement = textMatrix.concatenating(state.ctm)
        let start = placement.apply(0, 0)
        let apparentSize = abs(size) * placement.verticalScale
        var text = ""
        for element in elements {
            switch element {
            case .string(let bytes):
                for glyph in font.glyphs(bytes) {
                    if let glyphText = glyph.text { text += glyphText } else { unmappedGlyphs += 1 }
                    let spacing = state.characterSpacing + (glyph.isWordSpace ? state.wordSpacing : 0)
                    advance((glyph.width * size + spacing) * scaling)
                }
            default:
                guard let adjustment = element.number else { continue }
                advance(-adjustment / 1000 * size * scaling)
                if adjustment < -200, !text.isEmpty, text.last?.isWhitespace == false { text += " " }
            }
        }
        let end = textMatrix.concatenating(state.ctm).apply(0, 0)
        guard !text.isEmpty, apparentSize.isFinite, start.x.isFinite, start.y.isFinite, end.x.isFinite else { return }
        runs.append(PDFTextRun(text: text, x: start.x, y: start.y, endX: end.x, fontSize: apparentSize))
    }

    private mutating func advance(_ distance: Double) {
        textMatrix = PDFMatrix.translation(distance, 0).concatenating(textMatrix)
    }

    /// `Do` of a form XObject (§8.10): its content runs with its own matrix and resources, inside `q … Q`. Image
    /// XObjects are passed over.
    private mutating func drawForm(named name: String, resources: [String: PDFObject], depth: Int) {
        guard depth < Self.maximumFormDepth,
            let xObjects = try? document.resolve(resources["XObject"] ?? .null).dictionary,
            let entry = xObjects[name], let stream = try? document.resolve(entry).stream,
            stream.dictionary["Subtype"]?.name == "Form"
        else { return }
        let content: [UInt8]
        if let number = entry.reference?.number, let cached = forms[number] {
            content = cached
        } else {
            do {
                content = try document.decodedData(stream)
            } catch {
                note(error)
                return
            }
            if let number = entry.reference?.number { forms[number] = content }
        }
        let formResources = (try? document.resolve(stream.dictionary["Resources"] ?? .null).dictionary) ?? resources
        let savedState = state
        let savedDepth = stack.count
        let savedText = (textMatrix, lineMatrix)
        if let matrixObject = try? document.resolve(stream.dictionary["Matrix"] ?? .null),
            let matrix = PDFMatrix(matrixObject.array ?? [])
        {
            state.ctm = matrix.concatenating(state.ctm)
        }
        interpret(content, resources: formResources, depth: depth + 1)
        state = savedState
        if stack.count > savedDepth { stack.removeLast(stack.count - savedDepth) }
        (textMatrix, lineMatrix) = savedText
    }
}
