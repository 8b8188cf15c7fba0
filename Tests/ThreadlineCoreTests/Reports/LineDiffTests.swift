import Testing
import ThreadlineCore

@Suite("Line diff")
struct LineDiffTests {
    @Test("unchanged text is all same lines")
    func unchanged() {
        let lines = LineDiff.lines(from: "a\nb", to: "a\nb")
        #expect(lines == [.same("a"), .same("b")])
        #expect(!LineDiff.hasChanges(lines))
    }

    @Test("a changed line in the middle is one removal and one addition between shared lines")
    func changedLine() {
        let lines = LineDiff.lines(from: "one\ntwo\nthree", to: "one\nTWO\nthree")
        #expect(lines == [.same("one"), .removed("two"), .added("TWO"), .same("three")])
        #expect(LineDiff.hasChanges(lines))
    }

    @Test("insertions and deletions keep the longest common run")
    func longestCommon() {
        let lines = LineDiff.lines(from: "a\nb\nc\nd", to: "b\nc\nx\nd\ne")
        #expect(lines == [.removed("a"), .same("b"), .same("c"), .added("x"), .same("d"), .added("e")])
    }

    @Test("from and to empty text")
    func empty() {
        #expect(LineDiff.lines(from: "", to: "a\nb") == [.added("a"), .added("b")])
        #expect(LineDiff.lines(from: "a", to: "") == [.removed("a")])
        #expect(LineDiff.lines(from: "", to: "") == [])
    }

    @Test("two long wholly different texts fall back to remove-all, add-all")
    func largeFallback() {
        let old = (0..<2_100).map { "old \($0)" }.joined(separator: "\n")
        let new = (0..<2_100).map { "new \($0)" }.joined(separator: "\n")
        let lines = LineDiff.lines(from: old, to: new)
        #expect(lines.count == 4_200)
        #expect(lines.first == .removed("old 0"))
        #expect(lines.last == .added("new 2099"))
    }
}
