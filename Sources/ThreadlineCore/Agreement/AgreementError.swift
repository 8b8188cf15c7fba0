/// Why coders' agreement could not be computed.
public enum AgreementError: Error, Sendable, Hashable {
    /// Two sources share a key; `index` is the position of the second in `sources`.
    case duplicateSource(key: String, index: Int)
    /// Two codes share a key; `index` is the position of the second in `codes`.
    case duplicateCode(key: String, index: Int)
    /// Two coders share a key; `index` is the position of the second in `coders`.
    case duplicateCoder(key: String, index: Int)
    /// A source's unit count is negative; `index` is its position in `sources`.
    case negativeUnitCount(key: String, index: Int, unitCount: Int)
    /// The units pooled over all codes and sources of one kind do not fit in an `Int`.
    case tooManyUnits(unit: AgreementUnit)

    /// A sentence for people saying what is wrong and where.
    public var message: String {
        switch self {
        case .duplicateSource(let key, let index):
            return "Source \(index) repeats the key \"\(key)\" of an earlier source."
        case .duplicateCode(let key, let index):
            return "Code \(index) repeats the key \"\(key)\" of an earlier code."
        case .duplicateCoder(let key, let index):
            return "Coder \(index) repeats the key \"\(key)\" of an earlier coder."
        case .negativeUnitCount(let key, let index, let unitCount):
            return "Source \(index) (\"\(key)\") has a negative unit count, \(unitCount)."
        case .tooManyUnits(let unit):
            return
                "The \(unit.rawValue) of all sources, times the number of codes, are too many to count."
        }
    }
}
