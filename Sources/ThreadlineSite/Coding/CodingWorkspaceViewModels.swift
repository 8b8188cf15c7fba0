/// The list of everything that can be coded.
public struct CodingIndexViewModel: PageModel {
    public static let template = Template.workspaceCodingIndex

    public var groups: [CodingSourceGroup]
    public var hasCodes: Bool

    /// Creates the value from each of its fields.
    public init(groups: [CodingSourceGroup], hasCodes: Bool) {
        self.groups = groups
        self.hasCodes = hasCodes
    }
}

/// The codable items of one kind.
public struct CodingSourceGroup {
    public var heading: String
    public var sources: [CodingSourceRow]
    public var hasSources: Bool

    /// Creates the value from each of its fields.
    public init(heading: String, sources: [CodingSourceRow], hasSources: Bool) {
        self.heading = heading
        self.sources = sources
        self.hasSources = hasSources
    }
}

/// One codable item with how much coding it has.
public struct CodingSourceRow {
    public var title: String
    public var url: String
    public var place: String?
    public var codingCount: Int
    public var mineCount: Int

    /// Creates the value from each of its fields.
    public init(title: String, url: String, place: String? = nil, codingCount: Int, mineCount: Int) {
        self.title = title
        self.url = url
        self.place = place
        self.codingCount = codingCount
        self.mineCount = mineCount
    }
}

/// The coding page of one source.
public struct CodingPageViewModel: PageModel {
    public static let template = Template.workspaceCoding

    public var title: String
    public var kindName: String
    public var sourceKey: String
    public var editURL: String
    public var action: String
    public var csrfToken: String
    public var pieces: [CodedTextPieces.Piece]
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

    /// Creates the value from each of its fields.
    public init(
        title: String,
        kindName: String,
        sourceKey: String,
        editURL: String,
        action: String,
        csrfToken: String,
        pieces: [CodedTextPieces.Piece],
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
        form: CodingFormValues
    ) {
        self.title = title
        self.kindName = kindName
        self.sourceKey = sourceKey
        self.editURL = editURL
        self.action = action
        self.csrfToken = csrfToken
        self.pieces = pieces
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
    }
}

/// What the apply-codes form held when it is shown again.
public struct CodingFormValues {
    public var quote: String = ""
    public var occurrence: String = "1"
    public var start: String = ""
    public var end: String = ""
    public var newCode: String = ""

    /// Creates the value from each of its fields.
    public init(
        quote: String = "",
        occurrence: String = "1",
        start: String = "",
        end: String = "",
        newCode: String = ""
    ) {
        self.quote = quote
        self.occurrence = occurrence
        self.start = start
        self.end = end
        self.newCode = newCode
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
        memo: String,
        canChange: Bool,
        memoAction: String,
        deleteAction: String,
        isStale: Bool
    ) {
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

/// The codebook page.
public struct CodebookViewModel: PageModel {
    public static let template = Template.workspaceCodebook

    public var rows: [CodebookRow]
    public var hasCodes: Bool
    public var canManage: Bool
    public var csrfToken: String
    public var parentOptions: [OptionView]
    public var enablerOptions: [OptionView]
    public var form: CodeFormValues
    public var problems: [String]
    public var hasProblems: Bool
    public var notice: String?
    public var totalCodings: Int

    /// Creates the value from each of its fields.
    public init(
        rows: [CodebookRow],
        hasCodes: Bool,
        canManage: Bool,
        csrfToken: String,
        parentOptions: [OptionView],
        enablerOptions: [OptionView],
        form: CodeFormValues,
        problems: [String],
        hasProblems: Bool,
        notice: String? = nil,
        totalCodings: Int
    ) {
        self.rows = rows
        self.hasCodes = hasCodes
        self.canManage = canManage
        self.csrfToken = csrfToken
        self.parentOptions = parentOptions
        self.enablerOptions = enablerOptions
        self.form = form
        self.problems = problems
        self.hasProblems = hasProblems
        self.notice = notice
        self.totalCodings = totalCodings
    }
}

/// One code in the codebook table.
public struct CodebookRow {
    public var id: String
    public var name: String
    public var path: String
    public var depthClass: String
    public var codeClass: String
    public var colour: String
    public var description: String
    public var enabler: String?
    public var codingCount: Int
    public var editURL: String
    public var passagesURL: String

    /// Creates the value from each of its fields.
    public init(
        id: String,
        name: String,
        path: String,
        depthClass: String,
        codeClass: String,
        colour: String,
        description: String,
        enabler: String? = nil,
        codingCount: Int,
        editURL: String,
        passagesURL: String
    ) {
        self.id = id
        self.name = name
        self.path = path
        self.depthClass = depthClass
        self.codeClass = codeClass
        self.colour = colour
        self.description = description
        self.enabler = enabler
        self.codingCount = codingCount
        self.editURL = editURL
        self.passagesURL = passagesURL
    }
}

/// The values of the code form.
public struct CodeFormValues {
    public var name: String = ""
    public var description: String = ""
    public var colour: String = "#1f6fb2"
    public var memo: String = ""

    /// Creates the value from each of its fields.
    public init(name: String = "", description: String = "", colour: String = "#1f6fb2", memo: String = "") {
        self.name = name
        self.description = description
        self.colour = colour
        self.memo = memo
    }
}

/// The page for one code: edit, merge, delete.
public struct CodeEditViewModel: PageModel {
    public static let template = Template.workspaceCode

    public var id: String
    public var name: String
    public var action: String
    public var mergeAction: String
    public var deleteURL: String
    public var passagesURL: String
    public var csrfToken: String
    public var canManage: Bool
    public var form: CodeFormValues
    public var parentOptions: [OptionView]
    public var enablerOptions: [OptionView]
    public var mergeOptions: [OptionView]
    public var codingCount: Int
    public var problems: [String]
    public var hasProblems: Bool

    /// Creates the value from each of its fields.
    public init(
        id: String,
        name: String,
        action: String,
        mergeAction: String,
        deleteURL: String,
        passagesURL: String,
        csrfToken: String,
        canManage: Bool,
        form: CodeFormValues,
        parentOptions: [OptionView],
        enablerOptions: [OptionView],
        mergeOptions: [OptionView],
        codingCount: Int,
        problems: [String],
        hasProblems: Bool
    ) {
        self.id = id
        self.name = name
        self.action = action
        self.mergeAction = mergeAction
        self.deleteURL = deleteURL
        self.passagesURL = passagesURL
        self.csrfToken = csrfToken
        self.canManage = canManage
        self.form = form
        self.parentOptions = parentOptions
        self.enablerOptions = enablerOptions
        self.mergeOptions = mergeOptions
        self.codingCount = codingCount
        self.problems = problems
        self.hasProblems = hasProblems
    }
}

/// The confirmation before deleting a code.
public struct CodeDeleteViewModel: PageModel {
    public static let template = Template.workspaceCodeDelete

    public var name: String
    public var action: String
    public var cancelURL: String
    public var csrfToken: String
    public var warning: String

    /// Creates the value from each of its fields.
    public init(name: String, action: String, cancelURL: String, csrfToken: String, warning: String) {
        self.name = name
        self.action = action
        self.cancelURL = cancelURL
        self.csrfToken = csrfToken
        self.warning = warning
    }
}

extension OptionView {
    /// An option of a select list that no label points at by ID.
    public init(value: String, label: String, isSelected: Bool) {
        self.init(value: value, label: label, isSelected: isSelected, id: "")
    }
}
