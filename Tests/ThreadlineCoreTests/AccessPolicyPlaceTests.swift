import Foundation
import Testing
import ThreadlineCore

@Suite("AccessPolicy by place")
struct AccessPolicyPlaceTests {
    let alice = User.ID(UUID())
    let bob = User.ID(UUID())
    let salford = Place.ID(UUID())
    let stockport = Place.ID(UUID())
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    func story(in place: Place.ID?, by author: User.ID? = nil, _ status: PublicationStatus = .draft) -> Story {
        Story(
            id: Story.ID(UUID()), title: "A story", slug: "a-story", body: "Text", placeID: place, status: status,
            authorID: author ?? alice, createdAt: now)
    }

    var salfordContributor: Viewer { .user(alice, .contributor, places: [salford]) }
    var placelessContributor: Viewer { .user(alice, .contributor) }

    @Test("a Salford contributor creates, edits and deletes their Salford drafts")
    func ownPlace() {
        let draft = story(in: salford)
        #expect(AccessPolicy.canCreate(draft, as: salfordContributor))
        #expect(AccessPolicy.canEdit(draft, as: salfordContributor))
        #expect(AccessPolicy.canDelete(draft, as: salfordContributor))
        #expect(AccessPolicy.canSave(draft, over: draft, as: salfordContributor))
    }

    @Test("a Salford contributor cannot create, edit or delete Stockport items, even their own drafts")
    func otherPlace() {
        let draft = story(in: stockport)
        #expect(!AccessPolicy.canCreate(draft, as: salfordContributor))
        #expect(!AccessPolicy.canEdit(draft, as: salfordContributor))
        #expect(!AccessPolicy.canDelete(draft, as: salfordContributor))
        #expect(AccessPolicy.placeRefusal(of: draft, as: salfordContributor) == .otherPlace)
    }

    @Test("a contributor cannot move their draft to another place, nor into one from programme-wide")
    func moving() {
        let draft = story(in: salford)
        var moved = draft
        moved.placeID = stockport
        #expect(!AccessPolicy.canSave(moved, over: draft, as: salfordContributor))
        var programmeWide = draft
        programmeWide.placeID = nil
        #expect(AccessPolicy.canSave(programmeWide, over: draft, as: salfordContributor))
        #expect(!AccessPolicy.canSave(moved, over: programmeWide, as: salfordContributor))
    }

    @Test("programme-wide items stay open to a contributor with places")
    func programmeWide() {
        let draft = story(in: nil)
        #expect(AccessPolicy.canCreate(draft, as: salfordContributor))
        #expect(AccessPolicy.canEdit(draft, as: salfordContributor))
        #expect(AccessPolicy.placeRefusal(of: draft, as: salfordContributor) == nil)
    }

    @Test("a contributor with no places changes no place-linked item at all")
    func noPlaces() {
        for draft in [story(in: nil), story(in: salford)] {
            #expect(!AccessPolicy.canCreate(draft, as: placelessContributor))
            #expect(!AccessPolicy.canEdit(draft, as: placelessContributor))
            #expect(!AccessPolicy.canDelete(draft, as: placelessContributor))
            #expect(AccessPolicy.placeRefusal(of: draft, as: placelessContributor) == .noPlaces)
        }
        #expect(AccessPolicy.canCreate(as: placelessContributor), "kinds without a place stay open")
    }

    @Test("kinds without a place are not limited by place")
    func unplacedKinds() {
        let post = NewsPost(id: NewsPost.ID(UUID()), title: "News", slug: "news", authorID: alice, createdAt: now)
        #expect(AccessPolicy.canCreate(post, as: placelessContributor))
        #expect(AccessPolicy.canEdit(post, as: placelessContributor))
        #expect(AccessPolicy.placeRefusal(of: post, as: placelessContributor) == nil)
        #expect(!AccessPolicy.canCreate(post, as: .anonymous))
    }

    @Test("editors and admins work in every place, with or without places", arguments: [Role.editor, .admin])
    func editors(role: Role) {
        let viewer = Viewer.user(bob, role)
        let draft = story(in: stockport, by: alice, .published)
        var moved = draft
        moved.placeID = salford
        #expect(AccessPolicy.canCreate(draft, as: viewer))
        #expect(AccessPolicy.canEdit(draft, as: viewer))
        #expect(AccessPolicy.canSave(moved, over: draft, as: viewer))
        #expect(AccessPolicy.placeRefusal(for: stockport, as: viewer) == nil)
    }

    @Test("reading is unchanged: every signed-in user reads items of every place")
    func reading() {
        #expect(AccessPolicy.canView(story(in: stockport, by: bob), as: salfordContributor))
        #expect(AccessPolicy.canView(story(in: stockport, by: bob), as: placelessContributor))
    }

    @Test("the public is refused as signed out")
    func anonymous() {
        #expect(AccessPolicy.placeRefusal(for: salford, as: .anonymous) == .signedOut)
        #expect(!AccessPolicy.canCreate(story(in: nil), as: .anonymous))
    }
}
