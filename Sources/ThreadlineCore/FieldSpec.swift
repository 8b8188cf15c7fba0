/// What kind of value a field holds; drives form widgets, API schemas and import checks alike.
public enum FieldType: Hashable, Sendable {
    /// One line of text.
    case text
    /// Several lines of plain text.
    case multilineText
    /// Markdown source, rendered safely on public pages.
    case markdown
    /// A URL name (see `Slug`).
    case slug
    /// A whole number.
    case integer
    /// A number that may have a fractional part (a figure such as 12.5).
    case decimal
    /// A `PartialDate` written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case partialDate
    /// An absolute http(s) URL.
    case url
    /// The ID of another entity.
    case reference(EntityKind)
    /// A list of IDs of other entities.
    case references(EntityKind)
    /// A list of short texts, one per line in a form.
    case lines
    /// One of fixed values: (stored value, label).
    case choice([Choice])

    /// One allowed value of a `.choice` field.
    public struct Choice: Hashable, Sendable {
        /// The stored value.
        public var value: String
        /// What a person reads.
        public var label: String

        /// Creates a choice.
        public init(_ value: String, _ label: String) {
            self.value = value
            self.label = label
        }
    }
}

/// One editable field of an entity: its JSON key, its label and its rules.
public struct FieldSpec: Hashable, Sendable {
    /// The key in JSON, the form field name and the SQL column.
    public var key: String
    /// The label a person reads.
    public var label: String
    /// What it holds.
    public var type: FieldType
    /// Whether it must be given (and, for text, be non-blank).
    public var isRequired: Bool
    /// The longest text accepted, in characters.
    public var maximumLength: Int?
    /// A hint shown under the field.
    public var hint: String?

    /// Creates a field specification.
    public init(
        _ key: String,
        _ label: String,
        _ type: FieldType,
        required: Bool = false,
        maximumLength: Int? = nil,
        hint: String? = nil
    ) {
        self.key = key
        self.label = label
        self.type = type
        self.isRequired = required
        self.maximumLength = maximumLength
        self.hint = hint
    }
}
