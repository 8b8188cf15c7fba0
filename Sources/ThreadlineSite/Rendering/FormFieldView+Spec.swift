import ThreadlineCore

extension FormFieldView {
    /// The view of one field: its label, hint, typed value, the problems found with it, and the widget its
    /// type calls for. Options of choice and reference fields are added by the caller, which can load them.
    public init(spec: FieldSpec, values: [String], problems: [FieldProblem]) {
        let errors = problems.filter { $0.field == spec.key }.map(\.message)
        // A form makes the URL name from the title when it is left blank (`ContentEditor.fillingSlug`).
        let isSlug = spec.type == .slug
        let hint =
            isSlug
            ? [spec.hint, "Left blank, it is made from the title or name."].compactMap { $0 }
                .joined(separator: " ") : spec.hint
        self.init(
            key: spec.key, label: spec.label, hint: hint, errors: errors, hasErrors: !errors.isEmpty,
            value: values.first ?? "", isRequired: spec.isRequired && !isSlug
        )
        // Screen readers announce the hint and the error with the field.
        describedBy =
            [hint != nil ? "\(spec.key)-hint" : nil, errors.isEmpty ? nil : "\(spec.key)-error"]
            .compactMap { $0 }.joined(separator: " ").nonBlank
        switch spec.type {
        case .text, .slug, .url, .partialDate: isText = true
        case .integer:
            isNumber = true
            inputMode = "numeric"
        case .decimal:
            // A text box with the decimal keypad: a number input would refuse "1,200" before the server can explain.
            isText = true
            inputMode = "decimal"
        case .multilineText, .lines: isTextarea = true
        case .markdown: isMarkdown = true
        case .choice, .reference: isSelect = true
        case .references: isCheckboxes = true
        }
    }
}
