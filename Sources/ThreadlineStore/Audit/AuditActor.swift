public import ThreadlineCore

/// Who is making the changes the current task writes, for the audit trail.
///
/// A task-local rather than a parameter: `Database.write` bodies run in the caller's task, so the web layer (per
/// request), the survey forms and the command line set it once around their work and every repository's write
/// reaches it without each protocol growing an extra argument.
public struct AuditActor: Hashable, Sendable {
    /// The signed-in user, when there is one.
    public var userID: User.ID?
    /// How the trail names the actor: a user's email, or a label such as "command line".
    public var label: String

    /// Creates an actor.
    public init(userID: User.ID?, label: String) {
        self.userID = userID
        self.label = label
    }

    /// A signed-in user, named by email (unique, and what admins recognise).
    public init(user: User) {
        self.init(userID: user.id, label: user.email)
    }

    /// Someone running `threadline` commands on the server.
    public static let commandLine = AuditActor(userID: nil, label: "command line")
    /// A respondent answering through a survey link; they are deliberately not identified.
    public static let surveyLink = AuditActor(userID: nil, label: "survey link")
    /// A web request from nobody signed in (a failed sign-in, for instance).
    public static let anonymous = AuditActor(userID: nil, label: "anonymous")
    /// Threadline itself, when no one set an actor (tests, start-up work).
    public static let system = AuditActor(userID: nil, label: "system")

    /// The actor of the current task; `system` unless a caller set one.
    @TaskLocal public static var current: AuditActor = .system
}
