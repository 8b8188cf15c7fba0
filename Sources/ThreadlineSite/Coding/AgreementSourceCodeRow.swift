/// One row of a coding comparison: a pair's agreement on one code in one source.
public struct AgreementSourceCodeRow {
    /// The source's title.
    public var source: String
    /// The source's coding page, showing every coder's coding.
    public var url: String
    /// The code's path, "Parent › Child".
    public var code: String
    /// Percent agreement, "90.0 %".
    public var percent: String
    /// Cohen's kappa, "0.444", or "—" when undefined.
    public var kappa: String
    /// Whether kappa is undefined, so the footnote is linked.
    public var kappaUndefined: Bool
    /// Units only the first coder coded.
    public var onlyFirst: Int
    /// Units only the second coder coded.
    public var onlySecond: Int
    /// The footnote explaining an undefined kappa.
    public var footnoteID: String

    /// Creates the value from each of its fields.
    public init(
        source: String, url: String, code: String, percent: String, kappa: String, kappaUndefined: Bool,
        onlyFirst: Int, onlySecond: Int, footnoteID: String
    ) {
        self.source = source
        self.url = url
        self.code = code
        self.percent = percent
        self.kappa = kappa
        self.kappaUndefined = kappaUndefined
        self.onlyFirst = onlyFirst
        self.onlySecond = onlySecond
        self.footnoteID = footnoteID
    }
}
