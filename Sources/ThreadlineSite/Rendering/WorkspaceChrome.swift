import Foundation
import ThreadlineCore
import ThreadlineStore

/// What every workspace page shares: the layout with the user's name, sign-out form and navigation.
public struct WorkspaceChrome: Sendable {
    public let renderer: PageRenderer
    public let programme: any ProgrammeRepository

    public func page(_ model: some PageModel, title: String, section: String, session: Session) async throws
        -> HTMLPage
    {
        let programme = try await programme.get()
        let layout = LayoutModel(
            title: title, programmeName: programme.name, language: programme.language, isWorkspace: true,
            currentSection: section, userName: session.user.displayName.nonBlank ?? session.user.email,
            csrfToken: session.csrfToken, isAdmin: session.user.role == .admin
        )
        return HTMLPage(renderer.page(model, layout: layout))
    }

    /// Creates the value from each of its fields.
    public init(renderer: PageRenderer, programme: any ProgrammeRepository) {
        self.renderer = renderer
        self.programme = programme
    }
}
