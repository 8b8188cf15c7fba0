/// Running unit counts for one pair of coders.
struct PairTally: Sendable, Hashable {
    var both = 0
    var onlyFirst = 0
    var onlySecond = 0

    mutating func add(_ other: PairTally) {
        both += other.both
        onlyFirst += other.onlyFirst
        onlySecond += other.onlySecond
    }

    func agreement(first: String, second: String, total: Int) -> PairAgreement {
        PairAgreement(
            firstCoderKey: first, secondCoderKey: second, both: both, onlyFirst: onlyFirst,
            onlySecond: onlySecond,
            total: total)
    }
}
