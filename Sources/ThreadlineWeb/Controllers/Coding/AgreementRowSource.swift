import ThreadlineCore

/// What the agreement page needs to list each pair's coding comparison: the scoped report, the threshold, and each
/// source's title and coding page.
struct AgreementRowSource {
    /// The comparison, scoped.
    let report: ScopedAgreementReport
    /// "Show where kappa is below …", when given.
    let threshold: KappaThreshold?
    /// Each source's title by key.
    let titles: [String: String]
    /// Each source's coding page, showing every coder, by key.
    let urls: [String: String]
}
