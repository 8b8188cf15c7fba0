import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Network ties CSV")
struct TiesCSVTests {
    let keys: Set<String> = ["a", "b", "c"]

    @Test("columns in any order and case, a BOM, CRLF and blank ratings are read")
    func goodFile() {
        let text =
            "\u{FEFF}RESOURCES,involvement,Power,openness,Mission,reliability,Frequency,To,FROM\r\n"
            + "4,3,2,1,2,3,4,b,a\r\n"
            + ",,,,,,,a,b\r\n"
            + " 1 ,,\"2\",,3,,4, c , a \r\n"
        #expect(
            NetworkCSV.readTies(text, memberKeys: keys)
                == .ties([
                    NetworkTie(
                        from: "a", to: "b", frequency: 4, reliability: 3, mission: 2, openness: 1, power: 2,
                        involvement: 3, resources: 4),
                    NetworkTie(from: "b", to: "a"),
                    NetworkTie(from: "a", to: "c", frequency: 4, mission: 3, power: 2, resources: 1),
                ]))
    }

    @Test("each problem is reported with its line and a sentence naming the column")
    func badRows() {
        let text = """
            from,to,frequency,reliability,mission,openness,power,involvement,resources
            a,b,1,5,,,,,
            a,x,,,,,,,
            y,a,,,,,,,
            c,c,,,,,,,
            a,c,2.5,high,0,-1,,,
            ,,,,,,,,1
            a,b,,,,,,,
            a,c,,,,,,,
            b,c,,,
            """
        guard case .problems(let problems) = NetworkCSV.readTies(text, memberKeys: keys) else {
            Issue.record("A ties file with bad rows was accepted.")
            return
        }
        let tail = "ratings are whole numbers from 1 to 4, or blank."
        #expect(
            problems.map(\.description) == [
                "Line 2: reliability is 5; \(tail)",
                "Line 3: There is no member “x” in the members file; to must be a member's id.",
                "Line 4: There is no member “y” in the members file; from must be a member's id.",
                "Line 5: from and to are both “c”; a member does not answer about itself.",
                "Line 6: frequency is “2.5”; \(tail)",
                "Line 6: reliability is “high”; \(tail)",
                "Line 6: mission is 0; \(tail)",
                "Line 6: openness is -1; \(tail)",
                "Line 7: from is blank; give the id of the member who answered.",
                "Line 7: to is blank; give the id of the member answered about.",
                "Line 8: The tie from “a” to “b” is already on line 2; give each pair once.",
                "Line 9: The tie from “a” to “c” is already on line 6; give each pair once.",
                "Line 10: The row has 5 cells; the header has 9. Check the row: give every column a cell, even an "
                    + "empty one.",
            ])
    }

    @Test("a long or unknown value is quoted cut short")
    func longValue() {
        let long = String(repeating: "z", count: 500)
        let text = "from,to,frequency,reliability,mission,openness,power,involvement,resources\na,\(long),,,,,,,\n"
        let expected =
            "There is no member “\(String(repeating: "z", count: 39))…” in the members file; to must be "
            + "a member's id."
        #expect(NetworkCSV.readTies(text, memberKeys: keys) == .problems([CSVReadError(line: 2, message: expected)]))
    }

    @Test("past 200 problems the rest are counted in one last entry on the line where they start")
    func problemCap() {
        var text = "from,to,frequency,reliability,mission,openness,power,involvement,resources\n"
        // Rows 2 to 301, each with two problems: 600 in all.
        for number in 0..<300 { text += "a,x\(number),9,,,,,,\n" }
        guard case .problems(let problems) = NetworkCSV.readTies(text, memberKeys: keys) else {
            Issue.record("A file full of problems was accepted.")
            return
        }
        #expect(problems.count == NetworkCSV.maximumProblems + 1)
        #expect(problems[199].line == 101)
        #expect(problems.last == CSVReadError(line: 102, message: "…and 400 more problems from here on."))
    }

    @Test("exactly 200 problems are all listed with no count")
    func problemCapBoundary() {
        var text = "from,to,frequency,reliability,mission,openness,power,involvement,resources\n"
        for number in 0..<200 { text += "a,x\(number),,,,,,,\n" }
        guard case .problems(let problems) = NetworkCSV.readTies(text, memberKeys: keys) else {
            Issue.record("A file full of problems was accepted.")
            return
        }
        #expect(problems.count == 200)
        #expect(problems.allSatisfy { $0.message.hasPrefix("There is no member") })
    }

    @Test("a missing or misspelt column is named")
    func header() {
        let text = "from,to,frequency,reliablity,mission,openness,power,involvement\na,b,,,,,,\n"
        #expect(
            NetworkCSV.readTies(text, memberKeys: keys)
                == .problems([
                    CSVReadError(
                        line: 1,
                        message: "The header's columns are wrong (missing reliability, resources; not known: "
                            + "“reliablity”). Expected: from,to,frequency,reliability,mission,openness,power,"
                            + "involvement,resources (any order).")
                ]))
    }

    @Test("an empty file is refused; a header alone is a wave nobody has answered yet")
    func empty() {
        guard case .problems(let none) = NetworkCSV.readTies("", memberKeys: keys) else {
            Issue.record("An empty ties file was accepted.")
            return
        }
        #expect(none.map(\.line) == [1])
        #expect(none.first?.message.hasPrefix("The file is empty") == true)
        #expect(
            NetworkCSV.readTies(NetworkCSV.tieColumns.joined(separator: ",") + "\r\n", memberKeys: keys)
                == .ties([]))
    }
}
