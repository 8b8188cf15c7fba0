import ThreadlineCore

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
