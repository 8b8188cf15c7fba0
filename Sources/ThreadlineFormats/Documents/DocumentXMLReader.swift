import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's `XMLParser` over one part of a document package and words its failures for the uploader.
///
/// Before the parser sees the bytes, they are checked for what no word processor writes and what is known to hurt
/// libxml2 (under `XMLParser`): a document type declaration (the door to entity expansion, "billion laughs"),
/// encodings other than UTF-8 and UTF-16, and data-less processing instructions (see ``QDAXMLDeclaration``).
enum DocumentXMLReader {
    /// Feeds `data` to `handler` and returns it, or throws `.damaged` naming `part` and the line at fault.
    static func read<Handler: DocumentXMLHandler>(
        _ data: Data, part: String, fileName: String, into handler: Handler
    ) throws(DocumentExtractionError) -> Handler {
        try checkBeforeParsing(data, part: part, fileName: fileName)
        let events = Events(handler: handler)
        // XMLParser(data:) on Linux reports a spurious error at the end of documents of 10 MB or more; the stream
        // entry point does not (see QDAProjectParser).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let succeeded = parser.parse()
        // On Linux parse() can return true after an error, or for a root never closed, so the events decide too.
        if !succeeded || parser.parserError != nil || events.error != nil {
            let line = events.errorLine ?? (parser.lineNumber >= 1 ? parser.lineNumber : nil)
            let error = events.error ?? parser.parserError
            let place = line.map { " at line \($0)" } ?? ""
            throw .damaged(
                fileName: fileName, detail: "\(part) is not well-formed XML\(place) (\(describe(error)))")
        }
        guard events.sawRoot else {
            throw .damaged(fileName: fileName, detail: "\(part) is empty (it has no XML element)")
        }
        if let open = events.openElements.last {
            throw .damaged(fileName: fileName, detail: "\(part) ends before its element <\(open)> is closed")
        }
        // The handler went in as `Handler`; only `Events` held it since, so it comes back as one.
        guard let result = events.handler as? Handler else { preconditionFailure("the XML handler changed type") }
        return result
    }

    /// Refuses a DTD, an encoding other than UTF-8 or UTF-16, and a processing instruction without data.
    private static func checkBeforeParsing(_ data: Data, part: String, fileName: String)
        throws(DocumentExtractionError)
    {
        do throws(REFIQDAError) {
            try QDAXMLDeclaration.checkEncoding(data)
            try QDAXMLDeclaration.checkProcessingInstructions(data)
        } catch {
            let what =
                error.kind == .malformedXML
                ? "has a processing instruction without data" : "is in an encoding other than UTF-8 or UTF-16"
            throw .damaged(fileName: fileName, detail: "\(part) \(what), which no word processor writes")
        }
        // A DTD can only come before the root element, so only the prolog is looked at. NULs are dropped so a
        // UTF-16 part is looked at like a UTF-8 one.
        let doctype = Array("<!DOCTYPE".utf8)
        var bytes = data.lazy.filter { $0 != 0 }.makeIterator()
        var window: [UInt8] = []
        while let byte = bytes.next() {
            window.append(byte)
            if window.count > doctype.count { window.removeFirst() }
            if window == doctype {
                throw .damaged(
                    fileName: fileName, detail: "\(part) declares a document type (DTD), which no word processor writes"
                )
            }
            // A '<' followed by a name character starts the root element: the prolog is over.
            if window.count >= 2, window[window.count - 2] == UInt8(ascii: "<"), isNameStart(byte) { return }
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
    }

    /// libxml2's error numbers (`xmlParserErrors`, which XMLParser passes on) for the common cases, in words.
    private static func describe(_ error: (any Error)?) -> String {
        guard let error else { return "the parser stopped" }
        switch (error as NSError).code {
        case 4: return "the part is empty"
        case 5: return "there is more after the root element, or an element is left open"
        case 6, 7, 8, 9: return "a character XML does not allow"
        case 14, 23: return "an entity reference without its closing ';'"
        case 22, 68: return "an '&' that starts no entity, or a '<' that starts no tag"
        case 26: return "an entity XML does not define"
        case 38: return "a '<' inside an attribute value"
        case 39, 40, 41, 43, 44: return "an attribute whose value is not in quotes"
        case 42: return "an attribute given twice on one element"
        case 73: return "a tag that is not closed with '>'"
        case 74, 77: return "an element that is not closed"
        case 76: return "an end tag does not match its start tag"
        case let code: return "libxml2 error \(code)"
        }
    }

    /// The XMLParser delegate: keeps the open elements (so a root left open is caught) and forwards to the handler.
    ///
    /// It holds the handler as an existential rather than being generic, because Darwin's `XMLParserDelegate` is an
    /// Objective-C protocol, which a generic class cannot implement.
    private final class Events: NSObject, XMLParserDelegate {
        var handler: any DocumentXMLHandler
        var openElements: [String] = []
        var sawRoot = false
        var error: (any Error)?
        var errorLine: Int?

        init(handler: any DocumentXMLHandler) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            guard error == nil else { return }
            sawRoot = true
            openElements.append(qName ?? elementName)
            var attributes: [String: String] = [:]
            for (name, value) in attributeDict {
                let local = name.split(separator: ":").last.map(String.init) ?? name
                if attributes[local] == nil { attributes[local] = value }
            }
            handler.start(elementName, namespace: namespaceURI ?? "", attributes: attributes)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?
        ) {
            guard error == nil else { return }
            _ = openElements.popLast()
            handler.end(elementName, namespace: namespaceURI ?? "")
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard error == nil else { return }
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard error == nil else { return }
            handler.characters(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard error == nil else { return }
            error = parseError
            errorLine = parser.lineNumber >= 1 ? parser.lineNumber : nil
            parser.abortParsing()
        }
    }
}
