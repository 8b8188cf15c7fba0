import Foundation
import Testing
import ThreadlineCore

@Suite("AccessPolicy")
struct AccessPolicyTests {
    let alice = User.ID(UUID())
    let bob = User.ID(UUID())
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    func story(by author: User.ID?, _ status: PublicationStatus) -> Story {
        Story(
            id: Story.ID(UUID()), title: "A story", slug: "a-story", body: "Text", status: status, authorID: author,
            createdAt: now)
    }

    let salford = Place.ID(UUID())
    /// A contributor with a place, so that place-linked drafts with no place stay theirs to change.
    var contributor: Viewer { .user(alice, .contributor, places: [salford]) }
    var editor: Viewer { .user(bob, .editor) }
    var admin: Viewer { .user(bob, .admin) }

    @Test("the public sees only published items")
    func anonymousViewing() {
        #expect(AccessPolicy.canView(story(by: alice, .published), as: .anonymous))
        #expect(!AccessPolicy.canView(story(by: alice, .draft), as: .anonymous))
        #expect(!AccessPolicy.canView(story(by: nil, .draft), as: .anonymous))
    }

    @Test("signed-in users see drafts too", arguments: [Role.contributor, .editor, .admin])
    func signedInViewing(role: Role) {
        #expect(AccessPolicy.canView(story(by: bob, .draft), as: .user(alice, role)))
        #expect(AccessPolicy.canView(story(by: bob, .published), as: .user(alice, role)))
    }

    @Test("the public can create, edit, publish, delete nothing")
    func anonymousChanges() {
        let item = story(by: nil, .draft)
        #expect(!AccessPolicy.canCreate(as: .anonymous))
        #expect(!AccessPolicy.canEdit(item, as: .anonymous))
        #expect(!AccessPolicy.canDelete(item, as: .anonymous))
        #expect(!AccessPolicy.canPublish(as: .anonymous))
        #expect(!AccessPolicy.canManageUsers(as: .anonymous))
        #expect(!AccessPolicy.canEditProgramme(as: .anonymous))
    }

    @Test("a contributor creates and edits their own drafts only")
    func contributorEditing() {
        #expect(AccessPolicy.canCreate(as: contributor))
        #expect(AccessPolicy.canEdit(story(by: alice, .draft), as: contributor))
        #expect(!AccessPolicy.canEdit(story(by: alice, .published), as: contributor))
        #expect(!AccessPolicy.canEdit(story(by: bob, .draft), as: contributor))
        #expect(!AccessPolicy.canEdit(story(by: nil, .draft), as: contributor))
    }

    @Test("a contributor deletes their own drafts but not others' items nor published ones")
    func contributorDeleting() {
        #expect(AccessPolicy.canDelete(story(by: alice, .draft), as: contributor))
        #expect(!AccessPolicy.canDelete(story(by: bob, .draft), as: contributor))
        #expect(!AccessPolicy.canDelete(story(by: bob, .published), as: contributor))
        #expect(!AccessPolicy.canDelete(story(by: alice, .published), as: contributor))
    }

    @Test("a contributor cannot publish, manage users or edit the programme")
    func contributorLimits() {
        #expect(!AccessPolicy.canPublish(as: contributor))
        #expect(!AccessPolicy.canManageUsers(as: contributor))
        #expect(!AccessPolicy.canEditProgramme(as: contributor))
    }

    @Test("editors and admins edit, delete and publish anything", arguments: [Role.editor, .admin])
    func editorsAndAdmins(role: Role) {
        let viewer = Viewer.user(bob, role)
        for item in [story(by: alice, .draft), story(by: alice, .published), story(by: nil, .published)] {
            #expect(AccessPolicy.canEdit(item, as: viewer))
            #expect(AccessPolicy.canDelete(item, as: viewer))
        }
        #expect(AccessPolicy.canPublish(as: viewer))
        #expect(AccessPolicy.canEditProgramme(as: viewer))
        #expect(AccessPolicy.canCreate(as: viewer))
    }

    @Test("only an admin manages users")
    func userManagement() {
        #expect(AccessPolicy.canManageUsers(as: admin))
        #expect(!AccessPolicy.canManageUsers(as: editor))
        #expect(!AccessPolicy.canManageUsers(as: contributor))
    }

    @Test("a viewer knows its role")
    func viewerRole() {
        #expect(Viewer.anonymous.role == nil)
        #expect(editor.role == .editor)
    }
}
