import Foundation
import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Reliability tables (CSV coded elsewhere)")
struct ReliabilityTableTests {
    func table(_ text: String) throws(ReliabilityTable.ReadError) -> ReliabilityTable {
        try ReliabilityTable(csv: Data(text.utf8))
    }

    @Test("a header names the coders; blanks are missing; quoted cells and CRLF are read")
    func reads() throws {
        let read = try table("Ana,\"Ben, senior\",Cy\r\n1,1,\r\n2,2,2\r\n3,1,3\r\n,4,4\r\n")
        #expect(read.coders == ["Ana", "Ben, senior", "Cy"])
        #expect(read.values == [[1, 2, 3, nil], [1, 2, 1, 4], [nil, 2, 3, 4]])
        #expect(!read.hasLabels)
        let alpha = try #require(KrippendorffAlpha.alpha(read.values))
        #expect(abs(alpha - 28.0 / 37.0) < 1e-12)
    }

    @Test("without a header the coders are numbered; labels are numbered in order of first appearance")
    func labelsAndNames() throws {
        let numbers = try table("1,2\n2,2\n")
        #expect(numbers.coders == ["coder 1", "coder 2"])
        let labels = try table("A,B\nyes,no\nno,no\n\"yes\",yes\n")
        #expect(labels.hasLabels)
        #expect(labels.values == [[0, 1, 0], [1, 1, 0]])
    }

    @Test("bad files are refused with the line")
    func refuses() {
        let cases: [(String, Int, String)] = [
            ("", 1, "empty"),
            ("only\n1\n", 1, "two coders"),
            ("a,b\n1,2\n3\n", 3, "Expected 2 cells"),
            ("a,b\n1,x\n", 2, "mixes numbers and category labels"),
            ("a,b\n\"1,2\n", 2, "not closed"),
            ("a,b\n\"1\"x,2\n", 2, "after a closing quote"),
            ("a,b\n", 1, "no units"),
        ]
        for (text, line, words) in cases {
            #expect(throws: ReliabilityTable.ReadError.self) { try table(text) }
            do {
                _ = try table(text)
            } catch {
                #expect(error.line == line, "\(text)")
                #expect(error.message.contains(words), "\(error.message)")
            }
        }
    }
}
