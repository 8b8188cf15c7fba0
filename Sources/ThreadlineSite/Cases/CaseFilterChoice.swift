public import ThreadlineCore

/// The one choice every analysis view offers to narrow its evidence: a case ("Case: Ayesha"), or an attribute's
/// value ("Role is Coach"), written in addresses as the `cases` parameter (`case:<id>` or
/// `attribute:<id>:<value>`).
public struct CaseFilterChoice: Sendable {
    /// The attributes defined.
    public var attributes: [CaseAttribute]
    /// The cases.
    public var cases: [ResearchCase]

    /// Offers the choices among `cases` and the values `attributes` have in them.
    public init(attributes: [CaseAttribute], cases: [ResearchCase]) {
        self.attributes = attributes
        self.cases = cases
    }

    /// The options of the select list, "(all evidence)" first, then each case, then each attribute value in use
    /// (in the attribute's order), with `selected` marked.
    public func options(selected: String) -> [OptionView] {
        var options = [OptionView(value: "", label: "(all evidence)", isSelected: selected.isEmpty)]
        for item in cases {
            let value = "case:\(item.id)"
            options.append(OptionView(value: value, label: "Case: \(item.name)", isSelected: value == selected))
        }
        for attribute in attributes {
            let used = Set(cases.compactMap { $0.values[attribute.id] })
            for text in used.sorted(by: attribute.areInIncreasingOrder) {
                let value = "attribute:\(attribute.id):\(text)"
                options.append(
                    OptionView(value: value, label: "\(attribute.name) is \(text)", isSelected: value == selected))
            }
        }
        return options
    }

    /// The filter `text` names, with its description ("Case: Ayesha", "Role is Coach"); `nil` for blank text,
    /// and a problem sentence for text naming no case or attribute.
    public func filter(from text: String) -> Reading {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .everything }
        let parts = trimmed.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2, parts[0] == "case", let id = ResearchCase.ID(parts[1]),
            let item = cases.first(where: { $0.id == id })
        {
            return .filter(CaseFilter(caseIDs: [id]), description: "Case: \(item.name)")
        }
        if parts.count == 3, parts[0] == "attribute", let id = CaseAttribute.ID(parts[1]),
            let attribute = attributes.first(where: { $0.id == id })
        {
            return .filter(
                CaseFilter(conditions: [.init(attributeID: id, value: parts[2])]),
                description: "\(attribute.name) is \(parts[2])")
        }
        return .problem("Choose the cases from the list: “\(trimmed)” names no case or attribute.")
    }

    /// What `filter(from:)` makes of the parameter.
    public enum Reading: Sendable {
        /// No filter: all the evidence.
        case everything
        /// A filter, with its description.
        case filter(CaseFilter, description: String)
        /// Why the parameter was not understood.
        case problem(String)
    }
}
