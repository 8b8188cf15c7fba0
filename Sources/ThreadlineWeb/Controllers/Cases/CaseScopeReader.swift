import ThreadlineCore
import ThreadlineServices
import ThreadlineSite

/// Reads the `cases` parameter every analysis page takes (a case, or an attribute's value) into the evidence it
/// selects, with the options of the page's "Cases" list; the rule of what a choice selects is `CaseBook`'s.
struct CaseScopeReader {
    let book: CaseBook

    /// What one page's `cases` parameter chose.
    struct Scope {
        /// The select list's options (empty when there are no cases, so pages show no list).
        var options: [OptionView]
        /// The evidence chosen; `nil` for all of it.
        var selection: SourceSelection? = nil
        /// "Case: Ayesha" or "Role is Coach", for headings; `nil` for all the evidence.
        var description: String? = nil
        /// Why the parameter was not understood.
        var problem: String? = nil
    }

    /// Reads `text` (the parameter's value, blank for all the evidence).
    func read(_ text: String) async throws -> Scope {
        let cases = try await book.cases.cases()
        guard !cases.isEmpty || !text.isEmpty else { return Scope(options: []) }
        let choice = CaseFilterChoice(attributes: try await book.cases.attributes(), cases: cases)
        let options = cases.isEmpty ? [] : choice.options(selected: text)
        switch choice.filter(from: text) {
        case .everything: return Scope(options: options)
        case .filter(let filter, let description):
            return Scope(options: options, selection: try await book.selection(filter), description: description)
        case .problem(let problem): return Scope(options: options, problem: problem)
        }
    }
}
