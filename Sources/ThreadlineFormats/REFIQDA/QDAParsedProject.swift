/// The result of parsing `project.qde` before the files it points to are loaded.
struct QDAParsedProject {
    /// Which text a pending path fills in.
    enum TextSlot {
        case source(Int)
        case transcript(source: Int, transcript: Int)
        case note(Int)
    }

    /// A `plainTextPath` still to be loaded from the archive.
    struct PendingText {
        var slot: TextSlot
        var path: String
        var element: String
        var line: Int
    }

    /// A `richTextPath` or `path` pointing at a source's original file.
    struct PendingFile {
        var sourceIndex: Int
        var path: String
        var element: String
        var attribute: String
        var line: Int
    }

    var project = QDAProject(name: "")
    /// The line on which each GUID was declared, so later checks can point at the XML.
    var lines: [QDAGUID: Int] = [:]
    var pendingTexts: [PendingText] = []
    var pendingFiles: [PendingFile] = []
    /// Note references on codings, transcripts and the project: kept only to be checked. (target, line)
    var unmodelledNoteRefs: [(QDAGUID, Int)] = []
    /// Code references of whole-source codings: kept only to be checked. (target, line)
    var unmodelledCodeRefs: [(QDAGUID, Int)] = []
}
