/// The list of everything that can be coded.
struct CodingIndexViewModel {
    var groups: [CodingSourceGroup]
    var hasCodes: Bool
}

/// The codable items of one kind.
struct CodingSourceGroup {
    var heading: String
    var sources: [CodingSourceRow]
    var hasSources: Bool
}

/// One codable item with how much coding it has.
struct CodingSourceRow {
    var title: String
    var url: String
    var place: String?
    var codingCount: Int
    var mineCount: Int
}

/// The coding page of one source.
struct CodingPageViewModel {
    var title: String
    var kindName: String
    var sourceKey: String
    var editURL: String
    var action: String
    var csrfToken: String
    var pieces: [CodedTextPieces.Piece]
    var hasText: Bool
    var isTranscript: Bool
    var showsAll: Bool
    var mineURL: String
    var allURL: String
    var coders: [CoderLegendItem]
    var codeOptions: [CodeOption]
    var hasCodes: Bool
    var codings: [CodingRowView]
    var codingCount: Int
    var problems: [String]
    var hasProblems: Bool
    var notice: String?
    var form: CodingFormValues
}

/// What the apply-codes form held when it is shown again.
struct CodingFormValues {
    var quote: String = ""
    var occurrence: String = "1"
    var start: String = ""
    var end: String = ""
    var newCode: String = ""
}

/// A coder in the colour legend.
struct CoderLegendItem {
    var name: String
    var colourClass: String
    var isMe: Bool
}

/// A code offered for applying, indented by depth.
struct CodeOption {
    var id: String
    var name: String
    var path: String
    var depthClass: String
    var isChecked: Bool
}

/// One coding listed under the text.
struct CodingRowView {
    var id: String
    var anchor: String
    var codeName: String
    var codeClass: String
    var coderName: String
    var coderClass: String
    var excerpt: String
    var positionText: String
    var timeText: String?
    var memo: String
    var canChange: Bool
    var memoAction: String
    var deleteAction: String
    var isStale: Bool
}

/// The codebook page.
struct CodebookViewModel {
    var rows: [CodebookRow]
    var hasCodes: Bool
    var canManage: Bool
    var csrfToken: String
    var parentOptions: [OptionView]
    var enablerOptions: [OptionView]
    var form: CodeFormValues
    var problems: [String]
    var hasProblems: Bool
    var notice: String?
    var totalCodings: Int
}

/// One code in the codebook table.
struct CodebookRow {
    var id: String
    var name: String
    var path: String
    var depthClass: String
    var codeClass: String
    var colour: String
    var description: String
    var enabler: String?
    var codingCount: Int
    var editURL: String
    var passagesURL: String
}

/// The values of the code form.
struct CodeFormValues {
    var name: String = ""
    var description: String = ""
    var colour: String = "#1f6fb2"
    var memo: String = ""
}

/// The page for one code: edit, merge, delete.
struct CodeEditViewModel {
    var id: String
    var name: String
    var action: String
    var mergeAction: String
    var deleteURL: String
    var passagesURL: String
    var csrfToken: String
    var canManage: Bool
    var form: CodeFormValues
    var parentOptions: [OptionView]
    var enablerOptions: [OptionView]
    var mergeOptions: [OptionView]
    var codingCount: Int
    var problems: [String]
    var hasProblems: Bool
}

/// The confirmation before deleting a code.
struct CodeDeleteViewModel {
    var name: String
    var action: String
    var cancelURL: String
    var csrfToken: String
    var warning: String
}

extension OptionView {
    /// An option of a select list that no label points at by ID.
    init(value: String, label: String, isSelected: Bool) {
        self.init(value: value, label: label, isSelected: isSelected, id: "")
    }
}
