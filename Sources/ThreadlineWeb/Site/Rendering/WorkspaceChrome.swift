import Foundation
import ThreadlineCore
import ThreadlineStore

/// What every workspace page shares: the layout with the user's name, sign-out form and navigation.
struct WorkspaceChrome: Sendable {
    let renderer: PageRenderer
    let programme: any ProgrammeRepository

    func page(_ template: Template, _ model: Any, title: String, section: String, session: Session) async throws
        -> HTMLPage
    {
        let programme = try await programme.get()
        let layout = LayoutModel(
            title: title, programmeName: programme.name, language: programme.language, isWorkspace: true,
            currentSection: section, userName: session.user.displayName.nonBlank ?? session.user.email,
            csrfToken: session.csrfToken, isAdmin: session.user.role == .admin
        )
        return HTMLPage(renderer.page(template, model, layout: layout))
    }
}
