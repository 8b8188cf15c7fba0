/// Why a ``NetworkGraph`` cannot be measured: a member key used twice, or a tie that names an unknown member,
/// joins a member to itself or repeats an ordered pair.
///
/// Every case carries the 0-based position of the offending member or tie in the graph's arrays, so that an
/// import can point at the exact row, and the keys involved.
public enum NetworkGraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The member at `memberIndex` has the same `key` as the member at `firstMemberIndex`.
    case duplicateMember(memberIndex: Int, firstMemberIndex: Int, key: String)
    /// The tie at `tieIndex`, from `from` to `to`, names `missingKey`, which is not a member's key.
    case unknownMember(tieIndex: Int, from: String, to: String, missingKey: String)
    /// The tie at `tieIndex` goes from the member `key` to itself.
    case selfTie(tieIndex: Int, key: String)
    /// The tie at `tieIndex` repeats the ordered pair `from` → `to` already given by the tie at `firstTieIndex`.
    case duplicateTie(tieIndex: Int, firstTieIndex: Int, from: String, to: String)

    /// A sentence saying what is wrong and where, for the person who prepared the data.
    public var description: String {
        switch self {
        case .duplicateMember(let memberIndex, let firstMemberIndex, let key):
            return
                "Member \(memberIndex) (counting from 0) has the key \"\(key)\", which member \(firstMemberIndex) "
                + "already uses; every member needs its own key."
        case .unknownMember(let tieIndex, let from, let to, let missingKey):
            return
                "Tie \(tieIndex) (counting from 0), from \"\(from)\" to \"\(to)\", names \"\(missingKey)\", "
                + "who is not a member of this wave."
        case .selfTie(let tieIndex, let key):
            return
                "Tie \(tieIndex) (counting from 0) goes from \"\(key)\" to itself; a member cannot be tied to itself."
        case .duplicateTie(let tieIndex, let firstTieIndex, let from, let to):
            return
                "Tie \(tieIndex) (counting from 0), from \"\(from)\" to \"\(to)\", repeats tie \(firstTieIndex); "
                + "each ordered pair of members may be tied once."
        }
    }
}
