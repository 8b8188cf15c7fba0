/// The admin's audit page: the filter form as typed, its problems, and one page of events.
struct AuditViewModel {
    struct Row {
        var when: String
        var timestamp: String
        var who: String
        var action: String
        var kind: String
        var entityID: String
        var entityURL: String?
        var summary: String
        var changes: [Change]
        var hasChanges: Bool
    }

    struct Change {
        var field: String
        var from: String
        var to: String
    }

    var actor: String
    var actions: [OptionView]
    var kind: String
    var entityID: String
    var from: String
    var to: String
    var problems: [ProblemView]
    var hasProblems: Bool
    var rows: [Row]
    var hasRows: Bool
    var countText: String
    var previousURL: String?
    var nextURL: String?
    var csvURL: String
    var clearURL: String
}
