import ThreadlineCore

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
    /// For a document: its coding page and its original file.
    public var documentURLs: DocumentLinks? = nil
    /// For reports: the page of its sections, preview, publishing and versions.
    public var manageURL: String? = nil
    /// For report sections: where the live preview beside the editor is rendered.
    public var livePreviewURL: String? = nil
    /// For a contributor with no places, on a place-linked kind: why they cannot save it.
    public var placeNotice: String? = nil
    /// What the last action did ("Saved.", "Published: …"), announced to screen readers as a status.
    public var notice: String? = nil

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
        documentURLs: DocumentLinks? = nil,
        manageURL: String? = nil,
        livePreviewURL: String? = nil,
        placeNotice: String? = nil,
        notice: String? = nil
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
        self.documentURLs = documentURLs
        self.manageURL = manageURL
        self.livePreviewURL = livePreviewURL
        self.placeNotice = placeNotice
        self.notice = notice
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
    /// A link to a page that asks first (deleting), rather than a form that acts at once.
    public var isLink: Bool = false

    /// Creates the value from each of its fields.
    public init(label: String, action: String, isDanger: Bool, confirm: String? = nil, isLink: Bool = false) {
        self.label = label
        self.action = action
        self.isDanger = isDanger
        self.confirm = confirm
        self.isLink = isLink
    }
}
