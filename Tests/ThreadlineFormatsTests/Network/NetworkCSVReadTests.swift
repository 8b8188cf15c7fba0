import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Network members and ties read together")
struct NetworkCSVReadTests {
    let members = """
        id,name,sector,type
        a,Alpha,Public,Council
        b,Bravo,Voluntary and community,Charity
        c,Charlie,,
        d,Delta,Public,School
        """

    @Test("the respondents are the members that are from in at least one tie")
    func respondents() throws {
        let ties = """
            from,to,frequency,reliability,mission,openness,power,involvement,resources
            a,b,4,4,4,4,4,4,4
            a,c,,,,,,,
            c,a,1,,,,,,
            """
        guard case .graph(let graph) = NetworkCSV.read(members: members, ties: ties) else {
            Issue.record("Good files were refused: \(NetworkCSV.read(members: members, ties: ties))")
            return
        }
        #expect(graph.members.map(\.key) == ["a", "b", "c", "d"])
        #expect(graph.ties.map { "\($0.from)>\($0.to)" } == ["a>b", "a>c", "c>a"])
        // b and d were named but named nobody, so an import cannot tell that they answered.
        #expect(graph.respondents == ["a", "c"])
    }

    @Test("members alone (a blank ties box, or a ties header alone) make a wave nobody has answered yet")
    func membersAlone() {
        for ties in ["", "  \n", "from,to,frequency,reliability,mission,openness,power,involvement,resources\n"] {
            guard case .graph(let graph) = NetworkCSV.read(members: members, ties: ties) else {
                Issue.record("members alone were refused with ties \(ties.debugDescription)")
                continue
            }
            #expect(graph.members.count == 4 && graph.ties.isEmpty && graph.respondents.isEmpty)
        }
        // A blank members file is still refused, whatever the ties.
        guard case .problems(let problems) = NetworkCSV.read(members: "", ties: "") else {
            Issue.record("a blank members file was accepted")
            return
        }
        #expect(
            problems.map(\.description) == [
                "members.csv line 1: The file is empty; it needs the header row id,name,sector,type."
            ])
    }

    @Test("problems in both files come back together, each saying its file and line")
    func bothFilesBad() {
        let badMembers = """
            id,name,sector,type
            a,Alpha,Public,Council
            b,,Public,Charity
            a,Again,,
            """
        let badTies = """
            from,to,frequency,reliability,mission,openness,power,involvement,resources
            a,b,1,2,3,4,1,2,3
            b,z,,,,,,,
            a,a,,7,,,,,
            """
        guard case .problems(let problems) = NetworkCSV.read(members: badMembers, ties: badTies) else {
            Issue.record("Bad files were accepted.")
            return
        }
        // b's row is bad but its id is still known, so the ties file does not report b again.
        #expect(
            problems.map(\.description) == [
                "members.csv line 3: The name is blank; give the organisation's name.",
                "members.csv line 4: The id “a” is already used on line 2; give each member its own id.",
                "ties.csv line 3: There is no member “z” in the members file; to must be a member's id.",
                "ties.csv line 4: from and to are both “a”; a member does not answer about itself.",
                "ties.csv line 4: reliability is 7; ratings are whole numbers from 1 to 4, or blank.",
            ])
        #expect(problems.map(\.file) == [.members, .members, .ties, .ties, .ties])
    }

    @Test("a good members file with a bad ties file gives the ties' problems alone")
    func tiesFileBad() {
        let ties = "from,to,frequency,reliability,mission,openness,power,involvement,resources\na,q,,,,,,,\n"
        #expect(
            NetworkCSV.read(members: members, ties: ties)
                == .problems([
                    NetworkCSVProblem(
                        file: .ties, line: 2,
                        message: "There is no member “q” in the members file; to must be a "
                            + "member's id.")
                ]))
    }

    @Test("when the members file cannot be read, the ties are still checked but not against member ids")
    func membersUnreadable() {
        let ties =
            "from,to,frequency,reliability,mission,openness,power,involvement,resources\na,q,,,,,,,\nb,b,,,,,,,\n"
        guard case .problems(let problems) = NetworkCSV.read(members: "", ties: ties) else {
            Issue.record("An empty members file was accepted.")
            return
        }
        #expect(
            problems.map(\.description) == [
                "members.csv line 1: The file is empty; it needs the header row id,name,sector,type.",
                "ties.csv line 3: from and to are both “b”; a member does not answer about itself.",
            ])
    }
}
