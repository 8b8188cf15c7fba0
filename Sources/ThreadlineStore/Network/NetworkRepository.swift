public import Foundation
public import ThreadlineCore

/// Partnership network surveys: waves, their member organisations, one link per member, and the ties.
///
/// Links are secrets handed to each member's respondent; only their SHA-256 is stored (see `SecretToken`).
public protocol NetworkRepository: Sendable {
    /// Every wave, latest period first, then by name.
    func waves() async throws -> [NetworkWave]

    /// One wave.
    func wave(_ id: NetworkWave.ID) async throws -> NetworkWave?

    /// The wave with this name (compared exactly, after trimming spaces).
    func wave(named name: String) async throws -> NetworkWave?

    /// Stores a new wave. Refused (`StoreError.conflict`) when its fields have problems, its place does not exist
    /// or another wave has its name.
    func createWave(_ wave: NetworkWave) async throws

    /// Deletes a wave with its members, ties and links.
    func deleteWave(_ id: NetworkWave.ID) async throws

    /// The wave's members (in their order), ties and respondents: what the metrics are computed from.
    func graph(of wave: NetworkWave.ID) async throws -> NetworkGraph

    /// Every member of the wave with whether and how it answered and how many links it has.
    func memberStatuses(of wave: NetworkWave.ID) async throws -> [NetworkMemberStatus]

    /// Replaces the wave's members and ties by `graph` in one transaction: all of it or, on any problem, nothing.
    /// Members who are `from` in a tie count as having answered (by import); the wave's links are withdrawn, since
    /// they may name members no longer in it. Refused (`StoreError.conflict`, with
    /// every problem) when the graph has problems, or when any member has answered through the form, since
    /// replacing would delete those answers.
    func replaceMembersAndTies(of wave: NetworkWave.ID, with graph: NetworkGraph, now: Date) async throws

    /// Makes links and returns each member given one with its secret (not stored and not shown again), in member
    /// order. With `members` `nil`, every member who has not answered and has no link gets one, so links already
    /// sent keep working; with keys, those members who have not answered get a new link replacing any they had (a
    /// link lost or sent to the wrong person).
    func makeLinks(
        for wave: NetworkWave.ID, members: Set<String>?, now: Date
    ) async throws -> [(member: NetworkMember, secret: String)]

    /// Withdraws every link to the wave; answers already given are kept. Returns how many were withdrawn.
    func withdrawLinks(of wave: NetworkWave.ID) async throws -> Int

    /// The wave and member a link secret opens, and whether that member has answered; `nil` for an unknown link.
    func member(forLink secret: String) async throws -> (wave: NetworkWave, member: NetworkMember, answered: Bool)?

    /// Stores the ties a member's respondent gave through its link (each `from` is set to the member), checking in
    /// the same transaction that the link exists, the wave is open on `now`, the member has not answered, and every
    /// tie names another member with answers on the scale; then marks the member answered. Throws
    /// ``NetworkLinkError``; refused answers store nothing. An empty list is an answer too: "we work with nobody".
    func recordResponse(_ ties: [NetworkTie], link secret: String, now: Date) async throws
}
