import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport

/// Cheap counts of what a refused request must not change: content, users, API tokens, codes, codings,
/// maturity surveys, network waves, the maturity scale and the programme's description.
///
/// Taken before and after a sweep of refused requests; any difference means one of them got through.
struct StoreTally: Equatable, Sendable, CustomStringConvertible {
    var content: Int
    var contentVersion: Int
    var users: Int
    var tokens: Int
    var codes: Int
    var codings: Int
    var surveys: Int
    var waves: Int
    var programme: String
    var scale: String

    /// Counts `hub`'s store now.
    static func of(_ hub: TestHub) async throws -> StoreTally {
        let store = hub.store
        var tokens = 0
        for user in try await store.users.all() {
            tokens += try await store.apiTokens.list(for: user.id).count
        }
        let programme = try await store.programme.get()
        let scale = try await store.maturity.scale().levels.map { "\($0.value) \($0.descriptor)" }
        return StoreTally(
            content: try await store.contentCount(), contentVersion: try await store.contentVersion(),
            users: try await store.users.all().count, tokens: tokens, codes: try await store.coding.codes().count,
            codings: try await store.coding.codings(codes: nil).count,
            surveys: try await store.maturity.surveys().count, waves: try await store.networks.waves().count,
            programme: "\(programme.name)|\(programme.tagline)|\(programme.about)",
            scale: scale.joined(separator: "|"))
    }

    var description: String {
        "content \(content) (version \(contentVersion)), users \(users), tokens \(tokens), codes \(codes), "
            + "codings \(codings), surveys \(surveys), waves \(waves)"
    }
}
