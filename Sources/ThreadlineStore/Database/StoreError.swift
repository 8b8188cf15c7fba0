public import ThreadlineCore

/// What can go wrong when storing or loading data, in words a person can act on.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configuration (database URL, paths) is unusable.
    case badConfiguration(String)
    /// The thing asked for does not exist.
    case notFound(String)
    /// The write would break a rule of the data: a duplicate URL name, a reference to nothing.
    case conflict([FieldProblem])
    /// The database is from a newer version of Threadline.
    case schemaTooNew(found: Int, known: Int)

    public var description: String {
        switch self {
        case .badConfiguration(let message): message
        case .notFound(let what): "\(what) was not found."
        case .conflict(let problems): problems.map(\.description).joined(separator: "\n")
        case .schemaTooNew(let found, let known):
            "The database has schema version \(found), but this Threadline knows only up to \(known). "
                + "Upgrade Threadline before opening it."
        }
    }
}
