/// Reads the audit trail. Events are written by the other repositories, inside their own transactions, so there
/// is deliberately no way to add, change or delete one from outside the store.
public protocol AuditRepository: Sendable {
    /// One page of the events matching `query`, newest first, with how many match in all.
    func list(_ query: AuditQuery) async throws -> Page<AuditEvent>
}
