import ThreadlineCore

// View models of the workspace pages (see PublicViewModels.swift for why every value is stored).

public struct FormFieldView {
    public var key: String
    public var label: String
    public var hint: String?
    public var errors: [String]
    public var hasErrors: Bool
    public var value: String
    public var isRequired: Bool
    public var isText: Bool = false
    public var isNumber: Bool = false
    public var isTextarea: Bool = false
    public var isMarkdown: Bool = false
    public var isSelect: Bool = false
    public var isCheckboxes: Bool = false
    public var options: [OptionView] = []
    public var hasOptions: Bool = false
    public var describedBy: String?
    public var inputMode: String?
}

public struct OptionView {
    public var value: String
    public var label: String
    public var isSelected: Bool
    public var id: String

    /// Creates the value from each of its fields.
    public init(value: String, label: String, isSelected: Bool, id: String) {
        self.value = value
        self.label = label
        self.isSelected = isSelected
        self.id = id
    }
}

public struct PreviewView {
    public var label: String
    public var html: String

    /// Creates the value from each of its fields.
    public init(label: String, html: String) {
        self.label = label
        self.html = html
    }
}

public struct EntityFormViewModel: PageModel {
    public static let template = Template.workspaceForm

    public var heading: String
    public var action: String
    public var csrfToken: String
    public var fields: [FormFieldView]
    public var problems: [ProblemView]
    public var hasProblems: Bool
    public var previews: [PreviewView]
    public var hasPreviews: Bool
    public var status: String?
    public var publicURL: String?
    public var listURL: String
    public var listName: String
    public var actions: [ItemActionView]
    public var hasActions: Bool
    /// For testimony: the page for its recording, transcript and clips.
    public var mediaURL: String? = nil
    /// For reports: the page of its sections, preview, publishing and versions.
    public var manageURL: String? = nil
    /// For report sections: where the live preview beside the editor is rendered.
    public var livePreviewURL: String? = nil
    /// For a contributor with no places, on a place-linked kind: why they cannot save it.
    public var placeNotice: String? = nil

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        action: String,
        csrfToken: String,
        fields: [FormFieldView],
        problems: [ProblemView],
        hasProblems: Bool,
        previews: [PreviewView],
        hasPreviews: Bool,
        status: String? = nil,
        publicURL: String? = nil,
        listURL: String,
        listName: String,
        actions: [ItemActionView],
        hasActions: Bool,
        mediaURL: String? = nil,
        manageURL: String? = nil,
        livePreviewURL: String? = nil,
        placeNotice: String? = nil
    ) {
        self.heading = heading
        self.action = action
        self.csrfToken = csrfToken
        self.fields = fields
        self.problems = problems
        self.hasProblems = hasProblems
        self.previews = previews
        self.hasPreviews = hasPreviews
        self.status = status
        self.publicURL = publicURL
        self.listURL = listURL
        self.listName = listName
        self.actions = actions
        self.hasActions = hasActions
        self.mediaURL = mediaURL
        self.manageURL = manageURL
        self.livePreviewURL = livePreviewURL
        self.placeNotice = placeNotice
    }
}

public struct ProblemView {
    public var fieldID: String
    public var message: String

    /// Creates the value from each of its fields.
    public init(fieldID: String, message: String) {
        self.fieldID = fieldID
        self.message = message
    }
}

public struct ItemActionView {
    public var label: String
    public var action: String
    public var isDanger: Bool
    public var confirm: String?

    /// Creates the value from each of its fields.
    public init(label: String, action: String, isDanger: Bool, confirm: String? = nil) {
        self.label = label
        self.action = action
        self.isDanger = isDanger
        self.confirm = confirm
    }
}

public struct ListRowView {
    public var title: String
    public var editURL: String
    public var status: String
    public var isDraft: Bool
    public var updated: String
    public var publicURL: String?

    /// Creates the value from each of its fields.
    public init(
        title: String,
        editURL: String,
        status: String,
        isDraft: Bool,
        updated: String,
        publicURL: String? = nil
    ) {
        self.title = title
        self.editURL = editURL
        self.status = status
        self.isDraft = isDraft
        self.updated = updated
        self.publicURL = publicURL
    }
}

public struct EntityListViewModel: PageModel {
    public static let template = Template.workspaceList

    public var heading: String
    public var kindName: String
    public var newURL: String
    public var rows: [ListRowView]
    public var hasRows: Bool
    public var notice: String?

    /// Creates the value from each of its fields.
    public init(
        heading: String,
        kindName: String,
        newURL: String,
        rows: [ListRowView],
        hasRows: Bool,
        notice: String? = nil
    ) {
        self.heading = heading
        self.kindName = kindName
        self.newURL = newURL
        self.rows = rows
        self.hasRows = hasRows
        self.notice = notice
    }
}

public struct DashboardViewModel: PageModel {
    public static let template = Template.dashboard

    public struct Count {
        public var label: String
        public var url: String
        public var total: Int
        public var drafts: Int

        /// Creates the value from each of its fields.
        public init(label: String, url: String, total: Int, drafts: Int) {
            self.label = label
            self.url = url
            self.total = total
            self.drafts = drafts
        }
    }
    public var userName: String
    public var role: String
    public var counts: [Count]

    /// Creates the value from each of its fields.
    public init(userName: String, role: String, counts: [Count]) {
        self.userName = userName
        self.role = role
        self.counts = counts
    }
}

public struct LoginViewModel: PageModel {
    public static let template = Template.login

    public var email: String
    public var csrfToken: String
    public var error: String?
    public var next: String

    /// Creates the value from each of its fields.
    public init(email: String, csrfToken: String, error: String? = nil, next: String) {
        self.email = email
        self.csrfToken = csrfToken
        self.error = error
        self.next = next
    }
}

public struct TokensViewModel: PageModel {
    public static let template = Template.tokens

    public struct Row {
        public var id: String
        public var name: String
        public var created: String
        public var lastUsed: String?

        /// Creates the value from each of its fields.
        public init(id: String, name: String, created: String, lastUsed: String? = nil) {
            self.id = id
            self.name = name
            self.created = created
            self.lastUsed = lastUsed
        }
    }
    public var csrfToken: String
    public var tokens: [Row]
    public var hasTokens: Bool
    public var newSecret: String?
    public var error: String?

    /// Creates the value from each of its fields.
    public init(csrfToken: String, tokens: [Row], hasTokens: Bool, newSecret: String? = nil, error: String? = nil) {
        self.csrfToken = csrfToken
        self.tokens = tokens
        self.hasTokens = hasTokens
        self.newSecret = newSecret
        self.error = error
    }
}

public struct UsersViewModel: PageModel {
    public static let template = Template.users

    public struct Row {
        public var email: String
        public var name: String
        public var role: String
        /// The places they work in, as shown in the list ("Salford, Stockport", "All places", "None yet").
        public var places: String

        /// Creates the value from each of its fields.
        public init(email: String, name: String, role: String, places: String) {
            self.email = email
            self.name = name
            self.role = role
            self.places = places
        }
    }
    /// A contributor's form of place checkboxes.
    public struct PlacesForm {
        public var action: String
        public var label: String
        public var options: [OptionView]
        public var hasOptions: Bool

        /// Creates the value from each of its fields.
        public init(action: String, label: String, options: [OptionView], hasOptions: Bool) {
            self.action = action
            self.label = label
            self.options = options
            self.hasOptions = hasOptions
        }
    }
    public var csrfToken: String
    public var users: [Row]
    public var placeForms: [PlacesForm]
    public var hasPlaceForms: Bool
    public var error: String?
    public var notice: String?
    public var email: String
    public var displayName: String
    public var roles: [OptionView]

    /// Creates the value from each of its fields.
    public init(
        csrfToken: String,
        users: [Row],
        placeForms: [PlacesForm],
        hasPlaceForms: Bool,
        error: String? = nil,
        notice: String? = nil,
        email: String,
        displayName: String,
        roles: [OptionView]
    ) {
        self.csrfToken = csrfToken
        self.users = users
        self.placeForms = placeForms
        self.hasPlaceForms = hasPlaceForms
        self.error = error
        self.notice = notice
        self.email = email
        self.displayName = displayName
        self.roles = roles
    }
}
