import Foundation
import Testing

@testable import ThreadlineCore

@Suite struct SourceSelectionTests {
    private let story = CodingSource(story: Story.ID(UUID()))
    private let log = CodingSource(reflectiveLog: ReflectiveLog.ID(UUID()))

    @Test func aWholeSourceKeepsEveryPassageAndAStretchCutsThem() {
        var selection = SourceSelection()
        selection.add(story)
        selection.add(log, range: 10..<20)
        selection.add(log, range: 30..<40)
        #expect(selection.pieces(of: story, start: 5, end: 50) == [5..<50])
        #expect(selection.pieces(of: log, start: 0, end: 35) == [10..<20, 30..<35])
        #expect(selection.pieces(of: log, start: 20, end: 30).isEmpty)
        #expect(selection.pieces(of: CodingSource(story: Story.ID(UUID())), start: 0, end: 5).isEmpty)
    }

    @Test func touchingStretchesMergeAndAWholeSourceStaysWhole() {
        var selection = SourceSelection()
        selection.add(log, range: 10..<20)
        selection.add(log, range: 20..<25)
        selection.add(log, range: 15..<18)
        #expect(selection.parts[log] == .some([10..<25]))
        selection.add(log)
        selection.add(log, range: 0..<3)
        #expect(selection.parts[log] == .some(nil))
    }

    @Test func intersectionAndUnion() {
        var a = SourceSelection()
        a.add(story)
        a.add(log, range: 0..<10)
        var b = SourceSelection()
        b.add(story, range: 5..<8)
        b.add(log, range: 8..<20)
        let both = a.intersection(b)
        #expect(both.parts[story] == .some([5..<8]))
        #expect(both.parts[log] == .some([8..<10]))
        let either = a.union(b)
        #expect(either.parts[story] == .some(nil))
        #expect(either.parts[log] == .some([0..<20]))
        #expect(SourceSelection(wholeSources: [story]).intersection(SourceSelection(wholeSources: [log])).isEmpty)
    }

    @Test func aCaseFilterSelectsTheEvidenceOfMatchingCases() {
        let now = Date(timeIntervalSince1970: 0)
        let role = CaseAttribute.ID(UUID())
        let coach = ResearchCase(id: ResearchCase.ID(UUID()), name: "A", values: [role: "Coach"], createdAt: now)
        let officer = ResearchCase(id: ResearchCase.ID(UUID()), name: "B", values: [role: "Officer"], createdAt: now)
        let memberships = [
            CaseMembership(id: CaseMembership.ID(UUID()), caseID: coach.id, source: story, createdAt: now),
            CaseMembership(
                id: CaseMembership.ID(UUID()), caseID: officer.id, source: log, range: 4..<9, createdAt: now),
        ]
        #expect(CaseFilter().selection(cases: [coach, officer], memberships: memberships) == nil)
        let coaches = CaseFilter(conditions: [.init(attributeID: role, value: "Coach")])
        #expect(coaches.selection(cases: [coach, officer], memberships: memberships)?.sources == [story])
        let byName = CaseFilter(caseIDs: [officer.id])
        #expect(byName.selection(cases: [coach, officer], memberships: memberships)?.parts[log] == .some([4..<9]))
        let nobody = CaseFilter(conditions: [.init(attributeID: role, value: "Referee")])
        #expect(nobody.selection(cases: [coach, officer], memberships: memberships)?.isEmpty == true)
    }
}
