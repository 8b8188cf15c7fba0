import Testing
import ThroughputSupport

@Suite("Output census")
struct OutputCensusTests {
    @Test(
        "counts non-overlapping occurrences by UTF-8 bytes",
        arguments: [
            ("<p>a</p>\n<p>b</p>", "<p>", 2),
            ("<pre><p >", "<p>", 0),
            ("aaaa", "aa", 2),
            ("é<p>", "<p>", 1),
            ("", "<p>", 0),
            ("abc", "", 0),
        ]
    )
    func occurrences(haystack: String, needle: String, expected: Int) {
        #expect(OutputCensus.occurrences(of: needle, in: haystack) == expected)
    }

    @Test("records documents, empties, paragraphs and bytes")
    func record() {
        var census = OutputCensus()
        census.record("<h2>t</h2>\n<p>x</p>\n<p>y</p>\n")
        census.record("")
        #expect(census.documents == 2)
        #expect(census.emptyDocuments == 1)
        #expect(census.paragraphs == 2)
        #expect(census.bytes == 29)
    }
}
