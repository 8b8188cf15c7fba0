import Testing
import ThreadlineCore

@Suite("Moving passages from Markdown to the text as it reads")
struct PassageRelocationTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    private func moved(_ old: String, _ new: String, _ words: String) -> String? {
        let oldScalars = scalars(old)
        let newScalars = scalars(new)
        guard let range = old.range(of: words) else { return nil }
        let start = old.unicodeScalars.distance(from: old.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + words.unicodeScalars.count
        guard
            let result = PassageRelocation(from: oldScalars, to: newScalars).relocate(
                start: start, end: end, in: newScalars)
        else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: newScalars[result])
        return String(view)
    }

    @Test("a passage keeps its words when headings, emphasis and links lose their punctuation")
    func markupGoes() {
        let old = "## Trust\n\nWe met **every week** at [the hub](/places/hub), and it *mattered*."
        let new = "Trust\nWe met every week at the hub, and it mattered."
        #expect(moved(old, new, "**every week** at [the hub](/places/hub)") == "every week at the hub")
        #expect(moved(old, new, "## Trust") == "Trust")
        #expect(moved(old, new, "*mattered*") == "mattered")
        #expect(moved(old, new, "(/places/hub)") == nil)
    }

    @Test("line breaks inside a paragraph match the spaces they became; an entity's character is skipped, not chased")
    func whiteSpaceAndEntities() {
        let old = "First line\nsecond line &amp; more &#8217;quoted words"
        let new = "First line second line & more ’quoted words"
        #expect(moved(old, new, "line\nsecond") == "line second")
        #expect(moved(old, new, "quoted words") == "quoted words")
    }

    @Test("the words check: letters of the moved passage must be among the original's, in order")
    func keepsWords() {
        #expect(PassageRelocation.keepsWords(of: "[the hub](/places/hub)", in: "the hub"))
        #expect(PassageRelocation.keepsWords(of: "**bold**", in: "bold"))
        #expect(!PassageRelocation.keepsWords(of: "the hub", in: "the pub"))
        #expect(!PassageRelocation.keepsWords(of: "words", in: ""))
        #expect(!PassageRelocation.keepsWords(of: "words", in: "!!"))
    }
}
