/// A speaker's consent to the use of their testimony: who gave it, when, how far it may travel, until when,
/// and whether it has been withdrawn.
public struct ConsentRecord: Hashable, Sendable {
    /// Who gave consent (the speaker, or a parent or guardian), as recorded on the form.
    public var givenBy: String
    /// The day consent was given.
    public var givenOn: PartialDate?
    /// How far the testimony may travel.
    public var scope: ConsentScope
    /// The day from which consent no longer holds, if it was given for a limited time.
    public var expiresOn: PartialDate?
    /// The day consent was withdrawn, if it was.
    public var withdrawnOn: PartialDate?
    /// What was said when it was withdrawn (for the team only).
    public var withdrawalNote: String

    /// Creates a record.
    public init(
        givenBy: String, givenOn: PartialDate?, scope: ConsentScope, expiresOn: PartialDate? = nil,
        withdrawnOn: PartialDate? = nil, withdrawalNote: String = ""
    ) {
        self.givenBy = givenBy
        self.givenOn = givenOn
        self.scope = scope
        self.expiresOn = expiresOn
        self.withdrawnOn = withdrawnOn
        self.withdrawalNote = withdrawalNote
    }

    /// Where consent stands on `today`.
    public func state(on today: PartialDate) -> ConsentState {
        if withdrawnOn != nil { return .withdrawn }
        if let expiresOn, expiresOn <= today { return .expired }
        return .current
    }
}

/// Where a consent record stands on a given day.
public enum ConsentState: String, Hashable, Sendable, CaseIterable {
    /// Consent holds.
    case current
    /// The consent's end date has come.
    case expired
    /// The speaker withdrew it.
    case withdrawn
}
