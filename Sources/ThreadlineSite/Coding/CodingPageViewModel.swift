/// The coding page of one source.
public struct CodingPageViewModel: PageModel {
    public static let template = Template.workspaceCoding
    /// The cases a passage can be added to ("Or add the passage to a case").
    public var caseOptions: [OptionView] = [] { didSet { hasCases = !caseOptions.isEmpty } }
    /// Whether there are cases (a stored copy, since templates see only stored properties).
    public private(set) var hasCases = false
    /// The cases this source, or a stretch of it, belongs to.
    public var memberOf: [CaseLink] = [] { didSet { hasMemberships = !memberOf.isEmpty } }
    /// Whether it belongs to any case.
    public private(set) var hasMemberships = false

    public var title: String
    public var kindName: String
    public var sourceKey: String
    public var editURL: String
    public var action: String
    public var csrfToken: String
    /// The source text laid out with its codings marked (`CodedTextPieces`): HTML Threadline produced.
    public var textHTML: String
    public var hasText: Bool
    public var isTranscript: Bool
    public var showsAll: Bool
    public var mineURL: String
    public var allURL: String
    public var coders: [CoderLegendItem]
    public var codeOptions: [CodeOption]
    public var hasCodes: Bool
    public var codings: [CodingRowView]
    public var codingCount: Int
    public var problems: [String]
    public var hasProblems: Bool
    public var notice: String?
    public var form: CodingFormValues
    /// One stripe per visible coding, for the margin beside the text.
    public var stripes: [CodingStripeView]
    public var hasStripes: Bool
    /// A testimony's recording, played beside its transcript: the element (`audio` or `video`) and its address.
    public var player: CodingPlayerView?
    /// Notes on passages that code nothing.
    public var notes: [AnnotationView]
    public var noteCount: Int
    /// The codes to filter the page by, and which is chosen.
    public var codeFilterOptions: [OptionView]
    /// `all` when everyone's coding is shown, so the filter form keeps it.
    public var viewValue: String?
    public var filterAction: String
    /// The codings just made, comma-separated, for the Undo form; empty when there is nothing to undo.
    public var undoIDs: String
    public var undoLabel: String
    /// The codes of the codings just made, comma-separated, which the page's script adds to the recent codes.
    public var undoCodeIDs: String
    public var canUndo: Bool

    /// Creates the value from each of its fields.
    public init(
        title: String,
        kindName: String,
        sourceKey: String,
        editURL: String,
        action: String,
        csrfToken: String,
        textHTML: String,
        hasText: Bool,
        isTranscript: Bool,
        showsAll: Bool,
        mineURL: String,
        allURL: String,
        coders: [CoderLegendItem],
        codeOptions: [CodeOption],
        hasCodes: Bool,
        codings: [CodingRowView],
        codingCount: Int,
        problems: [String],
        hasProblems: Bool,
        notice: String? = nil,
        form: CodingFormValues,
        stripes: [CodingStripeView] = [],
        notes: [AnnotationView] = [],
        player: CodingPlayerView? = nil,
        codeFilterOptions: [OptionView] = [],
        viewValue: String? = nil,
        filterAction: String = "",
        undoIDs: String = "",
        undoLabel: String = "",
        undoCodeIDs: String = ""
    ) {
        self.title = title
        self.kindName = kindName
        self.sourceKey = sourceKey
        self.editURL = editURL
        self.action = action
        self.csrfToken = csrfToken
        self.textHTML = textHTML
        self.hasText = hasText
        self.isTranscript = isTranscript
        self.showsAll = showsAll
        self.mineURL = mineURL
        self.allURL = allURL
        self.coders = coders
        self.codeOptions = codeOptions
        self.hasCodes = hasCodes
        self.codings = codings
        self.codingCount = codingCount
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
        self.form = form
        self.stripes = stripes
        self.hasStripes = !stripes.isEmpty
        self.notes = notes
        self.player = player
        self.noteCount = notes.count
        self.codeFilterOptions = codeFilterOptions
        self.viewValue = viewValue
        self.filterAction = filterAction
        self.undoIDs = undoIDs
        self.undoLabel = undoLabel
        self.undoCodeIDs = undoCodeIDs
        self.canUndo = !undoIDs.isEmpty
    }
}

/// The recording beside a transcript on the coding page, with the marks of a stretch to code by time.
public struct CodingPlayerView {
    public var element: String
    public var source: String
    /// The recording's length as a person reads it (`12:30.0`), when known: the stretch must end by then.
    public var durationText: String?

    /// Creates the value from each of its fields.
    public init(element: String, source: String, durationText: String? = nil) {
        self.element = element
        self.source = source
        self.durationText = durationText
    }
}

/// A note on a passage, with its remove form when the viewer may remove it.
public struct AnnotationView {
    public var id: String
    public var author: String
    public var excerpt: String
    public var note: String
    public var positionText: String
    public var focusURL: String
    public var deleteAction: String
    public var canChange: Bool

    /// Creates the value from each of its fields.
    public init(
        id: String, author: String, excerpt: String, note: String, positionText: String, focusURL: String,
        deleteAction: String, canChange: Bool
    ) {
        self.id = id
        self.author = author
        self.excerpt = excerpt
        self.note = note
        self.positionText = positionText
        self.focusURL = focusURL
        self.deleteAction = deleteAction
        self.canChange = canChange
    }
}

/// A coding stripe in the margin (NVivo's coding stripes): its code's colour, and a link to the coding.
public struct CodingStripeView {
    public var codingID: String
    public var codeClass: String
    public var label: String

    /// Creates the value from each of its fields.
    public init(codingID: String, codeClass: String, label: String) {
        self.codingID = codingID
        self.codeClass = codeClass
        self.label = label
    }
}

/// What the apply-codes form held when it is shown again.
public struct CodingFormValues {
    public var quote: String = ""
    public var occurrence: String = "1"
    public var start: String = ""
    public var end: String = ""
    public var newCode: String = ""
    /// For a recording: where the stretch to code starts, as a person writes a time (`1:12.4`).
    public var fromTime: String = ""
    /// For a recording: where the stretch ends.
    public var toTime: String = ""

    /// Creates the value from each of its fields.
    public init(
        quote: String = "",
        occurrence: String = "1",
        start: String = "",
        end: String = "",
        newCode: String = "",
        fromTime: String = "",
        toTime: String = ""
    ) {
        self.quote = quote
        self.occurrence = occurrence
        self.start = start
        self.end = end
        self.newCode = newCode
        self.fromTime = fromTime
        self.toTime = toTime
    }
}

/// A coder in the colour legend.
public struct CoderLegendItem {
    public var name: String
    public var colourClass: String
    public var isMe: Bool

    /// Creates the value from each of its fields.
    public init(name: String, colourClass: String, isMe: Bool) {
        self.name = name
        self.colourClass = colourClass
        self.isMe = isMe
    }
}

/// A code offered for applying, indented by depth.
public struct CodeOption {
    public var id: String
    public var name: String
    public var path: String
    public var depthClass: String
    public var isChecked: Bool

    /// Creates the value from each of its fields.
    public init(id: String, name: String, path: String, depthClass: String, isChecked: Bool) {
        self.id = id
        self.name = name
        self.path = path
        self.depthClass = depthClass
        self.isChecked = isChecked
    }
}

/// One coding listed under the text.
public struct CodingRowView {
    public var id: String
    public var anchor: String
    public var codeName: String
    public var codeClass: String
    public var coderName: String
    public var coderClass: String
    public var excerpt: String
    public var positionText: String
    public var timeText: String?
    /// For a stretch of a recording coded by time (no words): the stretch ("1:12.4–1:40.0"), shown instead of a
    /// quote, and where it starts in milliseconds, for the button that plays it.
    public var stretchText: String?
    public var stretchStartMs: Int?
    public var memo: String
    public var canChange: Bool
    public var memoAction: String
    public var deleteAction: String
    public var isStale: Bool

    /// Creates the value from each of its fields.
    public init(
        id: String,
        anchor: String,
        codeName: String,
        codeClass: String,
        coderName: String,
        coderClass: String,
        excerpt: String,
        positionText: String,
        timeText: String? = nil,
        stretchText: String? = nil,
        stretchStartMs: Int? = nil,
        memo: String,
        canChange: Bool,
        memoAction: String,
        deleteAction: String,
        isStale: Bool
    ) {
        self.stretchText = stretchText
        self.stretchStartMs = stretchStartMs
        self.id = id
        self.anchor = anchor
        self.codeName = codeName
        self.codeClass = codeClass
        self.coderName = coderName
        self.coderClass = coderClass
        self.excerpt = excerpt
        self.positionText = positionText
        self.timeText = timeText
        self.memo = memo
        self.canChange = canChange
        self.memoAction = memoAction
        self.deleteAction = deleteAction
        self.isStale = isStale
    }
}

/// A case a source belongs to, linked to the case's page.
public struct CaseLink {
    public var name: String
    public var url: String
    /// " (a stretch)" when only part of the source belongs to it.
    public var part: String

    /// Creates the value from each of its fields.
    public init(name: String, url: String, part: String) {
        self.name = name
        self.url = url
        self.part = part
    }
}

// Mustache reads the coding page's models through key paths rather than a `Mirror`: a page lists hundreds of
// codings and twice the codebook, and reflecting every field of every row was a third of the time of the page.
extension CodingPageViewModel: KeyPathMustacheModel {}
extension CodingRowView: KeyPathMustacheModel {}
extension CodeOption: KeyPathMustacheModel {}
extension CodingStripeView: KeyPathMustacheModel {}
extension CoderLegendItem: KeyPathMustacheModel {}
extension CodingFormValues: KeyPathMustacheModel {}
extension CodingPlayerView: KeyPathMustacheModel {}
extension AnnotationView: KeyPathMustacheModel {}
extension OptionView: KeyPathMustacheModel {}
extension CaseLink: KeyPathMustacheModel {}
