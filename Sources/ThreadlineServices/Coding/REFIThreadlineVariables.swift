import ThreadlineCore
import ThreadlineFormats

/// The REFI-QDA variables with which Threadline's export says what each source and case is here, so that an import
/// into a hub that lacks them can bring each back as what it was: a story, case study, reflective log or testimony
/// (with its URL name, enabler, date, credit, speaker and consent), a place with its URL name, and a case with what it
/// stands for.
///
/// They are ordinary text variables, named "Threadline …", so NVivo, ATLAS.ti and MAXQDA show them as attributes
/// and keep them when they save the project again. The importer finds them by name, not by GUID, for the same
/// reason; a source without a "Threadline kind" comes from another tool and is read as before.
enum REFIThreadlineVariables {
    /// One variable of the convention.
    enum Name: String, CaseIterable {
        /// What the item is: one of ``Kind``'s raw values.
        case kind = "Threadline kind"
        /// The URL name of a story, case study, reflective log or place.
        case slug = "Threadline URL name"
        /// A case study's format (`self_contained`, `deep_dive`).
        case format = "Threadline format"
        /// The URL name of the enabler a source is about; a reflective log gives one value per enabler.
        case enabler = "Threadline enabler"
        /// Who told a story or wrote a reflective log.
        case credit = "Threadline credit"
        /// A reflective log's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
        case date = "Threadline date"
        /// The Markdown a story or case study is written in; the source's text is what it reads as.
        case markdown = "Threadline Markdown"
        /// A document's layout (its headings, paragraphs and list items by position), as JSON.
        case layout = "Threadline layout"
        /// A document's original file name (the archive names the file by the source's GUID).
        case fileName = "Threadline file name"
        /// A reflective log's three answers, whose text is the source's text.
        case what = "Threadline what"
        case soWhat = "Threadline so what"
        case nowWhat = "Threadline now what"
        /// Testimony: when it was recorded, who spoke (the name only with named consent), and the consent record.
        case recordedOn = "Threadline recorded on"
        case speakerName = "Threadline speaker name"
        case speakerRole = "Threadline speaker role"
        case consentGivenBy = "Threadline consent given by"
        case consentGivenOn = "Threadline consent given on"
        case consentScope = "Threadline consent"
        case consentEndsOn = "Threadline consent ends on"
        /// The cues of testimony that travels as text (it has no recording): one line per cue,
        /// `startMs endMs length speaker`, the length in Unicode scalars of its text within the source's text.
        case cues = "Threadline cues"
        /// What a case stands for (one of ``CaseKind``'s raw values: `person`, `organisation`, `place`,
        /// `site_visit`, `other`).
        case caseKind = "Threadline case kind"

        /// The variable's GUID in an export: derived from its name, so every export names it the same way.
        var guid: QDAGUID { REFIExporter.derived("threadline-variable:\(rawValue)") }
    }

    /// The kinds of item the export marks.
    enum Kind: String {
        case story
        case caseStudy = "case study"
        case reflectiveLog = "reflective log"
        case testimony
        case document
        case place
        /// A case (a person, organisation, place or site visit whose evidence is compared), as opposed to a place.
        case researchCase = "case"
    }

    /// The definitions an export declares: every variable of the convention, as text.
    static var definitions: [QDAVariable] {
        Name.allCases.map {
            QDAVariable(
                guid: $0.guid, name: $0.rawValue, type: .text,
                description: "Written by Threadline so that importing this project into a hub brings the item back "
                    + "as what it was.")
        }
    }

    /// The values to write, in the order given, leaving out empty ones.
    static func values(_ pairs: [(Name, String?)]) -> [QDAVariableValue] {
        pairs.compactMap { name, text in
            guard let text, !text.isEmpty else { return nil }
            return QDAVariableValue(variableGUID: name.guid, value: .text(text))
        }
    }

    /// The Threadline values of one source or case, read by the variables' names in `project`.
    struct Reading {
        private let texts: [Name: [String]]

        /// Reads `values` against the variables `project` declares; values of other variables are ignored.
        init(_ values: [QDAVariableValue], in project: QDAProject) {
            let names = Dictionary(
                project.variables.compactMap { variable in Name(rawValue: variable.name).map { (variable.guid, $0) } },
                uniquingKeysWith: { first, _ in first })
            var texts: [Name: [String]] = [:]
            for value in values {
                guard let name = names[value.variableGUID], case .text(let text)? = value.value else { continue }
                texts[name, default: []].append(text)
            }
            self.texts = texts
        }

        /// What the item was, when Threadline wrote it.
        var kind: Kind? { self[.kind].flatMap(Kind.init(rawValue:)) }

        /// The first value of `name`, `nil` when there is none or it is blank.
        subscript(_ name: Name) -> String? {
            texts[name]?.first.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        }

        /// Every value of `name`, in order.
        func all(_ name: Name) -> [String] { texts[name] ?? [] }

        /// A partial date value, `nil` when absent or not a date.
        func date(_ name: Name) -> PartialDate? { self[name].flatMap { PartialDate($0) } }
    }

    /// The cues of testimony that travels as text, as ``Name/cues`` carries them; the cues' speakers only when
    /// `withSpeakers` (named consent), as a speaker label may be a name.
    static func cueLines(_ text: CodableText, withSpeakers: Bool) -> String {
        text.cueRanges.map { range in
            "\(range.cue.startMs) \(range.cue.endMs) \(range.end - range.start)"
                + ((withSpeakers ? range.cue.speaker : nil).map { " " + $0 } ?? "")
        }.joined(separator: "\n")
    }

    /// Cuts `text` back into the cues ``cueLines(_:)`` described; `nil` unless the lines fit the text exactly,
    /// cue by cue with one line break between them, so that every coding keeps its place.
    static func cues(_ lines: String, text: String) -> [TranscriptCue]? {
        let scalars = Array(text.unicodeScalars)
        var cues: [TranscriptCue] = []
        var offset = 0
        for line in lines.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count >= 3, let start = Int(parts[0]), let end = Int(parts[1]), let length = Int(parts[2]),
                start >= 0, end > start, length >= 0
            else { return nil }
            if !cues.isEmpty {
                guard offset < scalars.count, scalars[offset] == "\n" else { return nil }
                offset += 1
            }
            guard offset + length <= scalars.count else { return nil }
            var cueText = String.UnicodeScalarView()
            cueText.append(contentsOf: scalars[offset..<(offset + length)])
            offset += length
            let speaker = parts.count == 4 ? String(parts[3]) : nil
            cues.append(TranscriptCue(startMs: start, endMs: end, speaker: speaker, text: String(cueText)))
        }
        guard offset == scalars.count, !cues.isEmpty else { return nil }
        return cues
    }
}
