import Foundation
import Testing
import ThroughputSupport

@Suite("Loading stories.jsonl")
struct StoryCorpusTests {
    private func corpus(_ text: String) throws(CorpusError) -> StoryCorpus {
        try StoryCorpus.parse(jsonLines: Data(text.utf8), source: "stories.jsonl")
    }

    @Test("reads id and body_md, ignores other fields and blank lines, counts UTF-8 bytes")
    func readsStories() throws {
        let text = """
            {"body_md": "## Héllo\\n\\nworld", "date": "2015-01-02", "id": "story-000000", "tags": ["x"]}

            {"body_md": "abc", "id": "story-000001"}

            """
        let loaded = try corpus(text)
        #expect(
            loaded.stories == [
                Story(id: "story-000000", markdown: "## Héllo\n\nworld"),
                Story(id: "story-000001", markdown: "abc"),
            ])
        // "## Héllo\n\nworld" is 16 UTF-8 bytes (é takes two), "abc" is 3.
        #expect(loaded.totalBytes == 19)
        #expect(loaded.smallestStoryBytes == 3)
        #expect(loaded.largestStoryBytes == 16)
        #expect(loaded.averageStoryBytes == 9.5)
    }

    @Test("a missing body names the field and the line")
    func missingField() {
        let text = "{\"id\": \"a\", \"body_md\": \"x\"}\n{\"id\": \"b\", \"body\": \"x\"}\n"
        #expect(
            throws: CorpusError.malformedLine(
                path: "stories.jsonl", line: 2, reason: "missing field \"body_md\"")
        ) {
            try corpus(text)
        }
    }

    @Test("a body that is not a string names the field")
    func wrongType() {
        #expect(
            throws: CorpusError.malformedLine(
                path: "stories.jsonl", line: 1, reason: "field \"body_md\" is not a string")
        ) {
            try corpus("{\"id\": \"a\", \"body_md\": 7}")
        }
    }

    @Test("a line that is not JSON is reported with its number")
    func notJSON() {
        #expect(
            throws: CorpusError.malformedLine(
                path: "stories.jsonl", line: 3, reason: "not a valid JSON object")
        ) {
            try corpus("{\"id\": \"a\", \"body_md\": \"x\"}\n\n{\"id\": \n")
        }
    }

    @Test("a file without stories is an error")
    func empty() {
        #expect(throws: CorpusError.empty(path: "stories.jsonl")) {
            try corpus("\n  \n")
        }
    }

    @Test("a missing file is reported as unreadable with its path")
    func missingFile() {
        let path = "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/stories.jsonl"
        #expect {
            try StoryCorpus.load(jsonLinesAt: path)
        } throws: { error in
            guard case .unreadable(let reported, _) = error as? CorpusError else {
                return false
            }
            return reported == path
        }
    }
}
