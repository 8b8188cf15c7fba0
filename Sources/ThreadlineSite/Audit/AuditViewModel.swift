/// The admin's audit page: the filter form as typed, its problems, and one page of events.
public struct AuditViewModel: PageModel {
    public static let template = Template.workspaceAudit

    public struct Row {
        public var when: String
        public var timestamp: String
        public var who: String
        public var action: String
        public var kind: String
        public var entityID: String
        public var entityURL: String?
        public var summary: String
        public var changes: [Change]
        public var hasChanges: Bool

        /// Creates the value from each of its fields.
        public init(
            when: String,
            timestamp: String,
            who: String,
            action: String,
            kind: String,
            entityID: String,
            entityURL: String? = nil,
            summary: String,
            changes: [Change],
            hasChanges: Bool
        ) {
            self.when = when
            self.timestamp = timestamp
            self.who = who
            self.action = action
            self.kind = kind
            self.entityID = entityID
            self.entityURL = entityURL
            self.summary = summary
            self.changes = changes
            self.hasChanges = hasChanges
        }
    }

    public struct Change {
        public var field: String
        public var from: String
        public var to: String

        /// Creates the value from each of its fields.
        public init(field: String, from: String, to: String) {
            self.field = field
            self.from = from
            self.to = to
        }
    }

    public var actor: String
    public var actions: [OptionView]
    public var kind: String
    public var entityID: String
    public var from: String
    public var to: String
    public var problems: [ProblemView]
    public var hasProblems: Bool
    public var rows: [Row]
    public var hasRows: Bool
    public var countText: String
    public var previousURL: String?
    public var nextURL: String?
    public var csvURL: String
    public var clearURL: String

    /// Creates the value from each of its fields.
    public init(
        actor: String,
        actions: [OptionView],
        kind: String,
        entityID: String,
        from: String,
        to: String,
        problems: [ProblemView],
        hasProblems: Bool,
        rows: [Row],
        hasRows: Bool,
        countText: String,
        previousURL: String? = nil,
        nextURL: String? = nil,
        csvURL: String,
        clearURL: String
    ) {
        self.actor = actor
        self.actions = actions
        self.kind = kind
        self.entityID = entityID
        self.from = from
        self.to = to
        self.problems = problems
        self.hasProblems = hasProblems
        self.rows = rows
        self.hasRows = hasRows
        self.countText = countText
        self.previousURL = previousURL
        self.nextURL = nextURL
        self.csvURL = csvURL
        self.clearURL = clearURL
    }
}
