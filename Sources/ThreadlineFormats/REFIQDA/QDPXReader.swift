public import Foundation
import ZIPFoundation

/// Reads REFI-QDA project archives (`.qdpx`).
///
/// Reading happens in three stages so that a refused archive leaves nothing behind: parse `project.qde`,
/// load and check every text and reference, and only then extract original files into a staging folder that
/// is moved into place at the very end.
///
/// Text positions are Unicode scalar offsets into the text exactly as stored (a UTF-8 BOM removed, CRLF kept
/// as two scalars), with `endPosition` exclusive.
public enum QDPXReader {
    /// Reads a `.qdpx` archive.
    ///
    /// - Parameters:
    ///   - url: The archive.
    ///   - directory: Where original files (docx, PDF, media) are extracted; each source's
    ///     ``QDASource/originalFile`` then points there as ``QDAFile/Contents/file(_:)``. When `nil`, original
    ///     files are loaded into memory as ``QDAFile/Contents/bytes(_:)`` (within `limits`).
    ///   - limits: Bounds against zip bombs and hostile archives.
    /// - Returns: The project.
    /// - Throws: ``REFIQDAError`` naming the element, attribute and line at fault.
    public static func read(
        from url: URL, extractingFilesTo directory: URL? = nil, limits: QDPXLimits = .default
    ) throws(REFIQDAError) -> QDAProject {
        let archive = try QDPXArchiveReader(url: url, limits: limits)
        let (projectEntry, base) = try archive.locateProjectFile()
        let xml = try archive.data(of: projectEntry)
        var parsed = try QDAProjectParser.parse(xml, expecting: .project, limits: limits)
        for pending in parsed.pendingTexts {
            let text = try loadText(pending, archive: archive, base: base)
            switch pending.slot {
            case .source(let index): parsed.project.sources[index].plainText = text
            case .transcript(let source, let transcript):
                parsed.project.sources[source].transcripts[transcript].plainText = text
            case .note(let index): parsed.project.notes[index].plainText = text
            }
        }
        let lines = parsed.lines
        var validator = QDAProjectValidator(project: parsed.project, lineOf: { lines[$0] })
        try validator.validate(checkingDuplicates: true)
        try validator.checkUnmodelled(
            notes: parsed.unmodelledNoteRefs, codes: parsed.unmodelledCodeRefs)
        try attachFiles(to: &parsed, archive: archive, base: base, directory: directory)
        return parsed.project
    }

    private static func loadText(
        _ pending: QDAParsedProject.PendingText, archive: QDPXArchiveReader, base: String
    ) throws(REFIQDAError) -> String {
        let entry = try locate(
            pending.path, element: pending.element, attribute: "plainTextPath", line: pending.line,
            archive: archive, base: base)
        guard let entry else {
            throw REFIQDAError(
                .unsafePath,
                "Plain text outside the archive ('\(pending.path.prefix(200))') cannot be read.",
                element: pending.element, attribute: "plainTextPath", line: pending.line)
        }
        let data = try archive.data(of: entry)
        guard let text = QDATextDecoding.decode(data) else {
            throw REFIQDAError(
                .invalidText, "The text file is neither UTF-8 nor UTF-16.", element: pending.element,
                attribute: "plainTextPath", line: pending.line)
        }
        return text
    }

    /// Resolves a path attribute to an archive entry; `nil` means the file lives outside the archive.
    private static func locate(
        _ path: String, element: String, attribute: String, line: Int, archive: QDPXArchiveReader,
        base: String
    ) throws(REFIQDAError) -> Entry? {
        switch QDPXPath.target(of: path) {
        case nil:
            throw REFIQDAError(
                .unsafePath, "Path '\(path.prefix(200))' escapes the archive.", element: element,
                attribute: attribute, line: line)
        case .external:
            return nil
        case .archive(let relative):
            guard let entry = archive.sourceEntry(relative, base: base) else {
                throw REFIQDAError(
                    .missingEntry, "Path '\(path.prefix(200))' names no file in the archive.",
                    element: element,
                    attribute: attribute, line: line)
            }
            return entry
        }
    }

    private static func attachFiles(
        to parsed: inout QDAParsedProject, archive: QDPXArchiveReader, base: String, directory: URL?
    ) throws(REFIQDAError) {
        var located: [(sourceIndex: Int, name: String, entry: Entry)] = []
        for pending in parsed.pendingFiles {
            let entry = try locate(
                pending.path, element: pending.element, attribute: pending.attribute, line: pending.line,
                archive: archive, base: base)
            guard let entry, case .archive(let name)? = QDPXPath.target(of: pending.path) else {
                continue
            }
            located.append((pending.sourceIndex, name, entry))
        }
        guard let directory else {
            for item in located {
                let data = try archive.data(of: item.entry)
                parsed.project.sources[item.sourceIndex].originalFile = QDAFile(
                    name: item.name, contents: .bytes(data))
            }
            return
        }
        let staging = QDPXStaging(directory: directory)
        do throws(REFIQDAError) {
            try staging.create()
            var extracted: Set<String> = []
            for item in located where extracted.insert(item.entry.path).inserted {
                try archive.extract(item.entry, to: staging.stagingURL(for: item.entry.path))
            }
            var finalURLs: [String: URL] = [:]
            for path in extracted { finalURLs[path] = try staging.moveIntoPlace(path) }
            staging.remove()
            for item in located {
                guard let url = finalURLs[item.entry.path] else { continue }
                parsed.project.sources[item.sourceIndex].originalFile = QDAFile(
                    name: item.name, contents: .file(url))
            }
        } catch {
            staging.remove()
            throw error
        }
    }
}
