import Hummingbird
import ThreadlineCore
import ThreadlineStore

/// Adds one kind's workspace pages (`WorkspaceContentController`) and JSON API (`APIContentController`), for each
/// kind the store visits: the router lists no kinds by hand.
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
        { workspace, api in
            WorkspaceContentController(
                repository: repository, parents: parents, references: references, chrome: chrome,
                renderer: renderer, time: time, ids: ids
            ).addRoutes(to: workspace)
            APIContentController(
                repository: repository, parents: parents, publicFilter: publicFilter, time: time, ids: ids
            ).addRoutes(to: api)
        }
    }
}
