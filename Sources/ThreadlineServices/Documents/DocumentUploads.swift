public import Foundation
public import ThreadlineCore
import ThreadlineFormats
import ThreadlineStore

/// Adding documents to code from uploaded files, the same for every door (the workspace's upload form and
/// `POST /api/v1/sources`): each file's text is taken out, its original kept under its SHA-256, and a draft document
/// made through `ContentEditor`, so the rules of who may add what, and where, are the editor's.
///
/// Files are added one by one: a file that cannot be read (password-protected, a scanned PDF, not what its name
/// says, too large) is refused with a sentence and leaves nothing behind, and the others are still added.
public struct DocumentUploads: Sendable {
    /// How documents are checked and stored.
    public let editor: ContentEditor<Document>
    /// Where originals are kept.
    public let media: MediaLibrary

    /// Adds documents through `editor`, keeping originals in `media`.
    public init(editor: ContentEditor<Document>, media: MediaLibrary) {
        self.editor = editor
        self.media = media
    }

    /// One uploaded file.
    public struct File: Sendable {
        /// Its name as sent.
        public var name: String
        /// Its bytes.
        public var data: Data

        /// Describes a file.
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// What every document of one upload shares, as the form or the API gave it: `title` only when one file is sent.
    public struct Details: Sendable {
        /// The fields: `title`, `summary`, `place_id`, `enabler_id`, `date`, `origin` (empty ones left out).
        public var fields: [String: JSONValue]

        /// Details from fields.
        public init(fields: [String: JSONValue] = [:]) {
            self.fields = fields
        }
    }

    /// What became of one file.
    public enum Outcome: Sendable {
        /// It was added as this document.
        case added(Document)
        /// It was not added; the problems say why, by field.
        case refused(fileName: String, problems: [FieldProblem])

        /// The file's name.
        public var fileName: String {
            switch self {
            case .added(let document): document.fileName ?? document.title
            case .refused(let name, _): name
            }
        }
    }

    /// Adds each of `files` as a draft document for `viewer`, with `details`.
    public func add(_ files: [File], details: Details, by viewer: Viewer) async throws -> [Outcome] {
        guard AccessPolicy.canCreate(as: viewer) else {
            throw ContentEditor<Document>.Refusal.forbidden("Sign in to add documents.")
        }
        var outcomes: [Outcome] = []
        for file in files {
            outcomes.append(try await add(file, details: details, titled: files.count == 1, by: viewer))
        }
        return outcomes
    }

    private func add(_ file: File, details: Details, titled: Bool, by viewer: Viewer) async throws -> Outcome {
        let name = Self.displayName(file.name)
        let text: CodableText
        let format: DocumentFormat
        var fileTitle: String?
        do {
            (text, format, fileTitle) = try Self.read(file.data, fileName: name)
        } catch {
            return .refused(fileName: name, problems: [FieldProblem(field: "file", message: error.description)])
        }
        var fields = details.fields.filter { titled || $0.key != "title" }
        if (fields["title"]?.stringValue ?? "").nonBlank == nil {
            fields["title"] = .string(
                String((fileTitle?.nonBlank ?? Self.stem(of: name)).prefix(200)))
        }
        guard case .user(let author, _, _) = viewer else {
            throw ContentEditor<Document>.Refusal.forbidden("Sign in to add documents.")
        }
        for key in ["summary", "origin"] where fields[key] == nil { fields[key] = .string("") }
        var object = editor.newObject(fields, author: author)
        object["text"] = .string(text.text)
        object["blocks"] = try JSONValue.encoding(text.blocks)
        object["format"] = .string(format.rawValue)
        object["file_name"] = .string(name)
        object["file_bytes"] = .number(Double(file.data.count))
        object["status"] = .string(PublicationStatus.draft.rawValue)
        // Checked before the original is written, so a refused document leaves no file behind.
        let check = try await editor.check(object, original: nil, viewer: viewer) { _ in
            "The document's details could not be read."
        }
        guard var document = check.item, check.allProblems.isEmpty else {
            return .refused(fileName: name, problems: check.allProblems)
        }
        let stored = try media.storeOriginal(data: file.data)
        document.fileSHA256 = stored.sha256
        do {
            try await editor.save(document, replacing: nil)
        } catch {
            if stored.isNew, let url = media.originalURL(sha256: stored.sha256) {
                try? FileManager.default.removeItem(at: url)
            }
            if case StoreError.conflict(let problems) = error { return .refused(fileName: name, problems: problems) }
            throw error
        }
        return .added(document)
    }

    /// The text of a file as coders will read it: a Markdown file as it renders (as a story is coded), any other
    /// kind as the blocks its reader found, one line break between blocks.
    static func read(_ data: Data, fileName: String) throws(DocumentExtractionError)
        -> (CodableText, DocumentFormat, String?)
    {
        let extracted = try DocumentExtractor.extract(data, fileName: fileName)
        if extracted.format == .markdown {
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            let markdown = String(decoding: bytes, as: UTF8.self)
            let text = CodableText(markdown: markdown)
            guard text.length > 0 else {
                throw .noText(fileName: fileName, detail: "it reads as no words once its Markdown is set")
            }
            return (text, .markdown, extracted.title)
        }
        return (codableText(extracted.blocks), extracted.format, extracted.title)
    }

    /// Blocks joined by line breaks, each remembered as a `SourceBlock` at its place in the text.
    static func codableText(_ blocks: [DocumentBlock]) -> CodableText {
        var text = ""
        var length = 0
        var layout: [SourceBlock] = []
        for block in blocks {
            let words = block.text
            guard !words.isEmpty else { continue }
            if !layout.isEmpty {
                text += "\n"
                length += 1
            }
            let count = words.unicodeScalars.count
            let kind: SourceBlockKind =
                switch block {
                case .heading(let level, _): .heading(level: max(1, min(6, level)))
                case .paragraph: .paragraph
                case .listItem: .listItem(number: nil)
                }
            layout.append(SourceBlock(kind: kind, start: length, end: length + count))
            text += words
            length += count
        }
        return CodableText(text: text, blocks: layout)
    }

    /// A file name as shown: its last path component (some browsers send a whole path), without control
    /// characters, at most 200 characters.
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        var clean = String.UnicodeScalarView()
        clean.append(contentsOf: last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
        return String(String(clean).prefix(200)).nonBlank ?? "document"
    }

    /// A file name without its extension, for a title.
    static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
