import Foundation
import Testing

@testable import ThreadlineFormats

@Suite("Bundle inspection helpers")
struct BundleInspectionTests {
    @Test("edit distance counts insertions, deletions, substitutions and swaps of neighbours as one edit each")
    func editDistance() {
        #expect(BundleInspection.editDistance("title", "title") == 0)
        #expect(BundleInspection.editDistance("titel", "title") == 1)
        #expect(BundleInspection.editDistance("tile", "title") == 1)
        #expect(BundleInspection.editDistance("slugs", "slug") == 1)
        #expect(BundleInspection.editDistance("", "abc") == 3)
        #expect(BundleInspection.editDistance("abc", "") == 3)
        #expect(BundleInspection.editDistance("kitten", "sitting") == 3)
    }

    @Test("guesses the intended key only when it is close")
    func guess() {
        let keys = ["title", "slug", "summary", "body"]
        #expect(BundleInspection.guess(for: "sumary", among: keys) == "did you mean \"summary\"?")
        #expect(BundleInspection.guess(for: "colour", among: keys) == "is it misspelt?")
    }

    @Test("groups thousands whatever the locale")
    func grouped() {
        #expect(0.groupedText == "0")
        #expect(999.groupedText == "999")
        #expect(100_000.groupedText == "100,000")
        #expect(1_234_567.groupedText == "1,234,567")
        #expect((-1_000).groupedText == "-1,000")
    }
}
