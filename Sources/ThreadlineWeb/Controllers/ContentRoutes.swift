import Hummingbird
import ThreadlineCore
import ThreadlineServices
import ThreadlineSite
import ThreadlineStore

/// Adds one kind's workspace pages (`WorkspaceContentController`) and JSON API (`APIContentController`), both over
/// one `ContentEditor`, for each kind the store visits: the router lists no kinds by hand.
struct ContentRoutes: ContentKindVisitor {
    let parents: ParentItemRule
    let references: ReferenceOptions
    let chrome: WorkspaceChrome
    let renderer: PageRenderer
    let publicFilter: PublicReferenceFilter
    let time: any TimeSource
    let ids: any IDGenerator

    func visit<Entity: ContentEntity>(_ repository: any ContentRepository<Entity>)
        -> (RouterGroup<AppRequestContext>, RouterGroup<AppRequestContext>) -> Void
    {
        let editor = ContentEditor(repository: repository, parents: parents, time: time, ids: ids)
        return { workspace, api in
            WorkspaceContentController(editor: editor, references: references, chrome: chrome, renderer: renderer)
                .addRoutes(to: workspace)
            APIContentController(editor: editor, publicFilter: publicFilter).addRoutes(to: api)
        }
    }
}
