public import ThreadlineCore

/// Cases, the attributes defined for them and which evidence belongs to each: what lets an evaluator compare what
/// coaches said with what commissioners said.
///
/// Every write checks the rules a spreadsheet would not: names unique whatever their letter case, values that fit
/// their attribute, memberships inside their source's text. A write that breaks one changes nothing.
public protocol CaseRepository: Sendable {
    /// Every attribute, in order.
    func attributes() async throws -> [CaseAttribute]

    /// Defines or changes an attribute. A change that existing values no longer fit (a list losing a value in
    /// use, text becoming a number) is refused with the cases it would break.
    func save(_ attribute: CaseAttribute) async throws

    /// Removes an attribute and every value of it.
    func deleteAttribute(_ id: CaseAttribute.ID) async throws

    /// Every case with its values, by name.
    func cases() async throws -> [ResearchCase]

    /// One case.
    func researchCase(_ id: ResearchCase.ID) async throws -> ResearchCase?

    /// Creates or updates a case with its values.
    func save(_ researchCase: ResearchCase) async throws

    /// Creates a case with the evidence that belongs to it, in one transaction: all of it is stored or none.
    func create(_ researchCase: ResearchCase, memberships: [CaseMembership]) async throws

    /// Removes a case and its memberships (the sources stay).
    func deleteCase(_ id: ResearchCase.ID) async throws

    /// Every membership.
    func memberships() async throws -> [CaseMembership]

    /// The memberships of one case.
    func memberships(case id: ResearchCase.ID) async throws -> [CaseMembership]

    /// The memberships of one source.
    func memberships(of source: CodingSource) async throws -> [CaseMembership]

    /// Records that a source, or a stretch of it, belongs to a case (checked against the source's text). The same
    /// case and source twice with the same range is refused.
    func add(_ membership: CaseMembership) async throws

    /// Removes a membership.
    func deleteMembership(_ id: CaseMembership.ID) async throws

    /// Writes an attribute sheet's cases (created and updated) in one transaction; refused whole when the plan
    /// has problems or a new case's name is taken meanwhile.
    func apply(_ plan: AttributeSheetPlan) async throws
}
