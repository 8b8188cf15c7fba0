import ThreadlineCore

// View models of the workspace pages (see PublicViewModels.swift for why every value is stored).

struct FormFieldView {
    var key: String
    var label: String
    var hint: String?
    var errors: [String]
    var hasErrors: Bool
    var value: String
    var isRequired: Bool
    var isText: Bool = false
    var isNumber: Bool = false
    var isTextarea: Bool = false
    var isMarkdown: Bool = false
    var isSelect: Bool = false
    var isCheckboxes: Bool = false
    var options: [OptionView] = []
    var hasOptions: Bool = false
    var describedBy: String?
    var inputMode: String?
}

struct OptionView {
    var value: String
    var label: String
    var isSelected: Bool
    var id: String
}

struct PreviewView {
    var label: String
    var html: String
}

struct EntityFormViewModel {
    var heading: String
    var action: String
    var csrfToken: String
    var fields: [FormFieldView]
    var problems: [ProblemView]
    var hasProblems: Bool
    var previews: [PreviewView]
    var hasPreviews: Bool
    var status: String?
    var publicURL: String?
    var listURL: String
    var listName: String
    var actions: [ItemActionView]
    var hasActions: Bool
    /// For testimony: the page for its recording, transcript and clips.
    var mediaURL: String? = nil
    /// For reports: the page of its sections, preview, publishing and versions.
    var manageURL: String? = nil
    /// For report sections: where the live preview beside the editor is rendered.
    var livePreviewURL: String? = nil
    /// For a contributor with no places, on a place-linked kind: why they cannot save it.
    var placeNotice: String? = nil
}

struct ProblemView {
    var fieldID: String
    var message: String
}

struct ItemActionView {
    var label: String
    var action: String
    var isDanger: Bool
    var confirm: String?
}

struct ListRowView {
    var title: String
    var editURL: String
    var status: String
    var isDraft: Bool
    var updated: String
    var publicURL: String?
}

struct EntityListViewModel {
    var heading: String
    var kindName: String
    var newURL: String
    var rows: [ListRowView]
    var hasRows: Bool
    var notice: String?
}

struct DashboardViewModel {
    struct Count {
        var label: String
        var url: String
        var total: Int
        var drafts: Int
    }
    var userName: String
    var role: String
    var counts: [Count]
}

struct LoginViewModel {
    var email: String
    var csrfToken: String
    var error: String?
    var next: String
}

struct TokensViewModel {
    struct Row {
        var id: String
        var name: String
        var created: String
        var lastUsed: String?
    }
    var csrfToken: String
    var tokens: [Row]
    var hasTokens: Bool
    var newSecret: String?
    var error: String?
}

struct UsersViewModel {
    struct Row {
        var email: String
        var name: String
        var role: String
        /// The places they work in, as shown in the list ("Salford, Stockport", "All places", "None yet").
        var places: String
    }
    /// A contributor's form of place checkboxes.
    struct PlacesForm {
        var action: String
        var label: String
        var options: [OptionView]
        var hasOptions: Bool
    }
    var csrfToken: String
    var users: [Row]
    var placeForms: [PlacesForm]
    var hasPlaceForms: Bool
    var error: String?
    var notice: String?
    var email: String
    var displayName: String
    var roles: [OptionView]
}
