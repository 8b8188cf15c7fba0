import Foundation

/// Reads a PDF file's structure (ISO 32000-1 §7.5): the cross-reference tables and streams, the trailer, indirect
/// objects (also inside object streams) and the page tree.
///
/// When the cross-reference data is missing or wrong, the reader rebuilds it by scanning the file for `n g obj`,
/// as viewers do. Every limit (nesting, decompressed size, loops in `/Prev` or the page tree) ends in a thrown
/// ``PDFFailure``, never a trap.
final class PDFDocumentReader {
    /// Where an object lives: at a byte offset, or inside an object stream (§7.5.8.3, type 1 and type 2 entries).
    private enum Entry {
        case offset(Int)
        case compressed(stream: Int)
    }

    /// One page: its resources (inherited from the tree when it has none) and its content streams, in order.
    struct Page {
        var resources: [String: PDFObject]
        var contents: [PDFStream]
    }

    /// All the decompressed data one file may give, against decompression bombs.
    static let decompressionLimit = 200 * 1_048_576
    /// How many pages are read at most.
    static let maximumPages = 100_000
    /// How deep the page tree and chains of references may go.
    static let maximumDepth = 64

    let bytes: [UInt8]
    /// The trailer dictionary, newest section's keys first (§7.5.5, §7.5.6).
    private(set) var trailer: [String: PDFObject] = [:]
    private var entries: [Int: Entry] = [:]
    private var scannedOffsets: [Int: Int]?
    private var cache: [Int: PDFObject] = [:]
    private var inProgress: Set<Int> = []
    private var objectStreams: [Int: [Int: PDFObject]] = [:]
    private var decoder = PDFStreamDecoder(remainingBudget: PDFDocumentReader.decompressionLimit)

    /// Reads the file's structure.
    ///
    /// - Throws: ``PDFFailure/notPDF(_:)`` without a `%PDF-` header, ``PDFFailure/encrypted`` when the trailer has
    ///   `/Encrypt`, ``PDFFailure/damaged(_:)`` when no document catalog can be found.
    init(bytes: [UInt8]) throws(PDFFailure) {
        self.bytes = bytes
        // §7.5.2: the file starts with `%PDF-`; viewers accept up to 1024 bytes of junk before it.
        guard let header = find(Array("%PDF-".utf8), from: 0), header < 1_024 else {
            throw .notPDF("it does not start with %PDF-")
        }
        do {
            try readCrossReferences()
            guard try resolve(trailer["Root"] ?? .null).dictionary != nil else {
                throw PDFFailure.damaged("the trailer names no document catalog")
            }
        } catch {
            if trailer["Encrypt"] != nil { throw .encrypted }
            try rebuildByScanning()
        }
        // Decryption (§7.6) is not attempted, even for an empty user password: the file is refused as protected.
        if trailer["Encrypt"] != nil { throw .encrypted }
    }

    // MARK: Cross-reference data

    /// Follows `startxref` and the `/Prev` chain (§7.5.5, §7.5.6 incremental updates); newer entries win.
    private func readCrossReferences() throws(PDFFailure) {
        let marker = Array("startxref".utf8)
        guard let position = lastIndex(of: marker, from: max(0, bytes.count - 4_096)) else {
            throw .damaged("it has no 'startxref' at its end")
        }
        var lexer = PDFLexer(bytes: bytes, position: position + marker.count)
        guard case .integer(let start)? = try lexer.next() else { throw .damaged("'startxref' gives no offset") }
        var next: Int? = start
        var visited: Set<Int> = []
        while let offset = next {
            // A /Prev chain that loops back is cut where it repeats.
            guard visited.insert(offset).inserted, visited.count <= 10_000 else { break }
            let sectionTrailer = try readSection(at: offset)
            for (key, value) in sectionTrailer where trailer[key] == nil { trailer[key] = value }
            // A hybrid file's table points at a cross-reference stream for the objects in object streams (§7.5.8.4).
            if let streamOffset = sectionTrailer["XRefStm"]?.integer, visited.insert(streamOffset).inserted {
                _ = try? readSection(at: streamOffset)
            }
            next = sectionTrailer["Prev"]?.integer
        }
    }

    /// Reads one cross-reference table with its trailer, or one cross-reference stream; returns the trailer.
    private func readSection(at offset: Int) throws(PDFFailure) -> [String: PDFObject] {
        guard offset >= 0, offset < bytes.count else {
            throw .damaged("the cross-reference section at byte \(offset) is outside the file")
        }
        var lexer = PDFLexer(bytes: bytes, position: offset)
        switch try lexer.next() {
        case .keyword("xref"): return try readTable(lexer)
        case .integer: return try readStream(at: offset)
        default: throw .damaged("there is no cross-reference section at byte \(offset)")
        }
    }

    /// A classic table (§7.5.4): subsections of `first count`, then 20-byte `offset generation n|f` entries.
    private func readTable(_ start: PDFLexer) throws(PDFFailure) -> [String: PDFObject] {
        var lexer = start
        while true {
            let at = lexer.position
            switch try lexer.next() {
            case .keyword("trailer"):
                var parser = PDFObjectParser(bytes: bytes, position: lexer.position)
                guard case .dictionary(let dictionary)? = try parser.parseObject() else {
                    throw .damaged("the trailer at byte \(at) is not a dictionary")
                }
                return dictionary
            case .integer(let first):
                guard case .integer(let count)? = try lexer.next(), first >= 0, (0...10_000_000).contains(count) else {
                    throw .damaged("the cross-reference subsection at byte \(at) has no valid count")
                }
                for index in 0..<count {
                    guard case .integer(let offset)? = try lexer.next(), case .integer? = try lexer.next(),
                        case .keyword(let kind)? = try lexer.next()
                    else { throw .damaged("the cross-reference entry for object \(first + index) is malformed") }
                    if kind == "n", offset > 0, entries[first + index] == nil {
                        entries[first + index] = .offset(offset)
                    }
                }
            default:
                throw .damaged("the cross-reference table at byte \(at) is malformed")
            }
        }
    }

    /// A cross-reference stream (§7.5.8): `/W` field widths, `/Index` subsections, entries of types 0, 1 and 2.
    private func readStream(at offset: Int) throws(PDFFailure) -> [String: PDFObject] {
        let (_, object) = try parseIndirectObject(at: offset, expecting: nil)
        guard let stream = object.stream, stream.dictionary["Type"]?.name == "XRef" else {
            throw .damaged("the object at byte \(offset) is not a cross-reference stream")
        }
        let widths = (try resolve(stream.dictionary["W"] ?? .null).array ?? []).compactMap(\.integer)
        guard widths.count >= 3, widths.allSatisfy({ (0...8).contains($0) }) else {
            throw .damaged("the cross-reference stream at byte \(offset) has no valid /W")
        }
        let size = stream.dictionary["Size"]?.integer ?? 0
        let index = (try resolve(stream.dictionary["Index"] ?? .null).array)?.compactMap(\.integer) ?? [0, size]
        let data = try decodedData(stream)
        let entryLength = widths[0] + widths[1] + widths[2]
        guard entryLength > 0 else { throw .damaged("the cross-reference stream at byte \(offset) has empty entries") }
        var position = 0
        func field(_ width: Int, default value: Int) -> Int {
            guard width > 0 else { return value }
            var result = 0
            for _ in 0..<width {
                result = result << 8 | (position < data.count ? Int(data[position]) : 0)
                position += 1
            }
            return result
        }
        var pair = 0
        while pair + 1 < index.count {
            let first = index[pair]
            let count = index[pair + 1]
            pair += 2
            guard first >= 0, count >= 0, count <= (data.count - position) / entryLength else {
                throw .damaged("the cross-reference stream at byte \(offset) is shorter than its /Index says")
            }
            for number in first..<(first + count) {
                let type = field(widths[0], default: 1)
                let second = field(widths[1], default: 0)
                _ = field(widths[2], default: 0)
                guard entries[number] == nil else { continue }
                switch type {
                case 1 where second > 0: entries[number] = .offset(second)
                case 2: entries[number] = .compressed(stream: second)
                default: break
                }
            }
        }
        return stream.dictionary
    }

    /// Rebuilds the cross-reference data by scanning the whole file for `n g obj` (later definitions win, as
    /// incremental updates append), reading every `trailer`, cross-reference stream and object stream on the way.
    private func rebuildByScanning() throws(PDFFailure) {
        entries = [:]
        cache = [:]
        trailer = [:]
        objectStreams = [:]
        let offsets = scanIndex()
        for (number, offset) in offsets { entries[number] = .offset(offset) }
        let trailerWord = Array("trailer".utf8)
        var search = 0
        while let found = find(trailerWord, from: search) {
            search = found + trailerWord.count
            var parser = PDFObjectParser(bytes: bytes, position: search)
            if case .dictionary(let dictionary)? = try? parser.parseObject() {
                for (key, value) in dictionary { trailer[key] = value }
            }
        }
        var catalog: Int?
        for number in offsets.keys.sorted() {
            guard let candidate = try? self.object(number), let dictionary = candidate.dictionary else { continue }
            switch dictionary["Type"]?.name {
            case "Catalog": catalog = number
            case "XRef":
                for key in ["Root", "Info", "Encrypt"] where trailer[key] == nil { trailer[key] = dictionary[key] }
            case "ObjStm":
                guard let contents = try? objectStreamContents(number) else { continue }
                for member in contents.keys where entries[member] == nil {
                    entries[member] = .compressed(stream: number)
                }
            default: break
            }
        }
        if trailer["Encrypt"] != nil { throw .encrypted }
        if try resolve(trailer["Root"] ?? .null).dictionary == nil {
            guard let catalog else { throw .damaged("no document catalog (/Root) can be found in it") }
            trailer["Root"] = .reference(PDFReference(number: catalog, generation: 0))
        }
    }

    /// The byte offset of every `n g obj` in the file, the last definition of each number winning.
    private func scanIndex() -> [Int: Int] {
        if let scannedOffsets { return scannedOffsets }
        var result: [Int: Int] = [:]
        let word = Array("obj".utf8)
        var search = 0
        while let found = find(word, from: search) {
            search = found + word.count
            guard search == bytes.count || !PDFLexer.isRegular(bytes[search]) else { continue }
            var cursor = found - 1
            func skipSpace() -> Bool {
                let before = cursor
                while cursor >= 0, PDFLexer.isWhitespace(bytes[cursor]) { cursor -= 1 }
                return cursor < before
            }
            func digits() -> Int? {
                var value = 0
                var scale = 1
                let before = cursor
                while cursor >= 0, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]), before - cursor < 10
                {
                    value += Int(bytes[cursor] - UInt8(ascii: "0")) * scale
                    scale *= 10
                    cursor -= 1
                }
                return cursor < before ? value : nil
            }
            guard skipSpace(), digits() != nil, skipSpace(), let number = digits() else { continue }
            guard cursor < 0 || !PDFLexer.isRegular(bytes[cursor]) else { continue }
            result[number] = cursor + 1
        }
        scannedOffsets = result
        return result
    }

    // MARK: Objects

    /// Follows references until a direct object; a reference to a missing object is `null` (§7.3.10).
    func resolve(_ object: PDFObject) throws(PDFFailure) -> PDFObject {
        var current = object
        var hops = 0
        while case .reference(let reference) = current {
            hops += 1
            guard hops <= Self.maximumDepth else { throw .damaged("references loop at object \(reference.number)") }
            current = try self.object(reference.number)
        }
        return current
    }

    /// The indirect object with this number, parsed once and kept.
    func object(_ number: Int) throws(PDFFailure) -> PDFObject {
        if let cached = cache[number] { return cached }
        // An object whose reading needs itself (a stream's /Length pointing at the stream) reads as null.
        guard !inProgress.contains(number) else { return .null }
        guard inProgress.count < Self.maximumDepth else {
            throw .damaged("reading object \(number) needs objects nested too deeply")
        }
        inProgress.insert(number)
        defer { inProgress.remove(number) }
        let result: PDFObject
        switch entries[number] {
        case .offset(let offset):
            do {
                result = try parseIndirectObject(at: offset, expecting: number).object
            } catch {
                // The table may point at the wrong byte; the scan may know better.
                guard let scanned = scanIndex()[number], scanned != offset else { throw error }
                result = try parseIndirectObject(at: scanned, expecting: number).object
            }
        case .compressed(let stream):
            result = try objectStreamContents(stream)[number] ?? .null
        case nil:
            if let scanned = scanIndex()[number] {
                result = try parseIndirectObject(at: scanned, expecting: number).object
            } else {
                result = .null
            }
        }
        cache[number] = result
        return result
    }

    /// Parses `n g obj … endobj` at a byte offset, with the stream after a dictionary when there is one (§7.3.8).
    private func parseIndirectObject(
        at offset: Int, expecting expected: Int?
    ) throws(PDFFailure) -> (number: Int, object: PDFObject) {
        let name = expected.map { "object \($0)" } ?? "the object"
        guard offset >= 0, offset < bytes.count else {
            throw .damaged("\(name) is said to be at byte \(offset), outside the file")
        }
        var parser = PDFObjectParser(bytes: bytes, position: offset)
        guard case .integer(let number)? = try parser.lexer.next(), case .integer? = try parser.lexer.next(),
            case .keyword("obj")? = try parser.lexer.next()
        else { throw .damaged("\(name) at byte \(offset) does not start with 'n g obj'") }
        if let expected, expected != number {
            throw .damaged("object \(expected) is said to be at byte \(offset), where object \(number) is")
        }
        guard let object = try parser.parseObject() else {
            throw .damaged("object \(number) at byte \(offset) is cut off")
        }
        guard case .dictionary(let dictionary) = object else { return (number, object) }
        var probe = parser.lexer
        guard case .keyword("stream")? = try? probe.next() else { return (number, object) }
        // The keyword is followed by CR LF or LF (a lone CR is tolerated), then the data (§7.3.8.1).
        var start = probe.position
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        var end: Int?
        if let length = try? resolve(dictionary["Length"] ?? .null).integer, length >= 0,
            length <= bytes.count - start, endstreamFollows(start + length)
        {
            end = start + length
        } else if let found = find(Array("endstream".utf8), from: start) {
            var trimmed = found
            if trimmed > start, bytes[trimmed - 1] == 0x0A { trimmed -= 1 }
            if trimmed > start, bytes[trimmed - 1] == 0x0D { trimmed -= 1 }
            end = trimmed
        }
        guard let end else { throw .damaged("the stream of object \(number) at byte \(offset) has no end") }
        return (number, .stream(PDFStream(dictionary: dictionary, data: bytes[start..<end], objectNumber: number)))
    }

    /// Whether `endstream` follows, after optional white space.
    private func endstreamFollows(_ position: Int) -> Bool {
        var lexer = PDFLexer(bytes: bytes, position: position)
        lexer.skipWhitespace()
        return lexer.matches("endstream", at: lexer.position)
    }

    /// The objects of an object stream (§7.5.7): `/N` pairs of object number and offset from `/First`.
    private func objectStreamContents(_ number: Int) throws(PDFFailure) -> [Int: PDFObject] {
        if let contents = objectStreams[number] { return contents }
        guard let stream = try object(number).stream else {
            throw .damaged("object stream \(number) is not a stream")
        }
        let count = stream.dictionary["N"]?.integer ?? 0
        let first = stream.dictionary["First"]?.integer ?? 0
        guard (0...1_000_000).contains(count), first >= 0 else {
            throw .damaged("object stream \(number) has an invalid /N or /First")
        }
        let data = try decodedData(stream)
        var header = PDFLexer(bytes: data)
        var contents: [Int: PDFObject] = [:]
        for _ in 0..<count {
            guard case .integer(let member)? = try? header.next(), case .integer(let offset)? = try? header.next()
            else { break }
            guard offset >= 0, first + offset < data.count else { continue }
            var parser = PDFObjectParser(bytes: data, position: first + offset)
            if contents[member] == nil, let object = try? parser.parseObject() { contents[member] = object }
        }
        objectStreams[number] = contents
        return contents
    }

    /// A stream's data with its filters undone.
    func decodedData(_ stream: PDFStream) throws(PDFFailure) -> [UInt8] {
        let filterObject = try resolve(stream.dictionary["Filter"] ?? .null)
        let parameterObject = try resolve(stream.dictionary["DecodeParms"] ?? stream.dictionary["DP"] ?? .null)
        var names: [String] = []
        var parameters: [PDFObject] = []
        switch filterObject {
        case .name(let name):
            names = [name]
            parameters = [parameterObject]
        case .array(let elements):
            for element in elements { names.append(try resolve(element).name ?? "") }
            parameters = parameterObject.array ?? [parameterObject]
        default: break
        }
        var filters: [PDFStreamDecoder.Filter] = []
        for (index, name) in names.enumerated() {
            let parameter = index < parameters.count ? try resolve(parameters[index]).dictionary ?? [:] : [:]
            filters.append(PDFStreamDecoder.Filter(name: name, parameters: parameter))
        }
        return try decoder.decode(stream.data, filters: filters)
    }

    // MARK: Pages

    /// The pages in order, walking the page tree from the catalog's `/Pages` (§7.7.3), resources inherited.
    func pages() throws(PDFFailure) -> [Page] {
        guard let catalog = try resolve(trailer["Root"] ?? .null).dictionary else {
            throw .damaged("the document catalog is not a dictionary")
        }
        guard let root = catalog["Pages"] else { throw .damaged("the document catalog has no page tree (/Pages)") }
        var visited: Set<Int> = []
        var result: [Page] = []
        try collect(root, inherited: nil, depth: 0, visited: &visited, into: &result)
        return result
    }

    private func collect(
        _ nodeObject: PDFObject, inherited: PDFObject?, depth: Int, visited: inout Set<Int>, into result: inout [Page]
    ) throws(PDFFailure) {
        guard depth < Self.maximumDepth else { throw .damaged("the page tree nests deeper than \(Self.maximumDepth)") }
        guard result.count < Self.maximumPages else { throw .damaged("it has more than \(Self.maximumPages) pages") }
        // A node seen before means the tree loops (or shares a node); it is read once.
        if let reference = nodeObject.reference, !visited.insert(reference.number).inserted { return }
        guard let node = try resolve(nodeObject).dictionary else { return }
        let resources = node["Resources"] ?? inherited
        if node["Type"]?.name != "Page", let kids = try resolve(node["Kids"] ?? .null).array {
            for kid in kids {
                try collect(kid, inherited: resources, depth: depth + 1, visited: &visited, into: &result)
            }
            return
        }
        var contents: [PDFStream] = []
        switch try resolve(node["Contents"] ?? .null) {
        case .stream(let stream): contents = [stream]
        case .array(let parts):
            for part in parts { if let stream = try resolve(part).stream { contents.append(stream) } }
        default: break
        }
        let resourceDictionary = try resolve(resources ?? .null).dictionary ?? [:]
        result.append(Page(resources: resourceDictionary, contents: contents))
    }

    /// The `/Title` of the document information dictionary (§14.3.3), if any.
    func title() -> String? {
        guard let info = try? resolve(trailer["Info"] ?? .null).dictionary,
            let bytes = try? resolve(info["Title"] ?? .null).stringBytes
        else { return nil }
        let title = PDFTextString.decode(bytes).trimmingCharacters(in: .whitespacesAndNewlines)
        return title.isEmpty ? nil : title
    }

    // MARK: Searching bytes

    /// The first offset of `pattern` at or after `start`.
    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, !pattern.isEmpty, start >= 0 else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// The last offset of `pattern` at or after `start`.
    private func lastIndex(of pattern: [UInt8], from start: Int) -> Int? {
        var result: Int?
        var search = start
        while let found = find(pattern, from: search) {
            result = found
            search = found + 1
        }
        return result
    }
}
