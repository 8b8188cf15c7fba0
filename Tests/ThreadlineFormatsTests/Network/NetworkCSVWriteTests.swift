import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Network CSV writing")
struct NetworkCSVWriteTests {
    let members = [
        NetworkMember(key: "=HYPERLINK(\"x\")", name: "=SUM(A1)", sector: "+Public", type: "-Council"),
        NetworkMember(key: "b", name: "Bravo, \"the\" Trust\r\nSecond line", sector: "@home", type: ""),
        NetworkMember(key: "c", name: "Charlie", sector: "", type: "School"),
    ]
    var ties: [NetworkTie] {
        [
            NetworkTie(
                from: "=HYPERLINK(\"x\")", to: "b", frequency: 1, reliability: 2, mission: 3, openness: 4, power: 1,
                involvement: 2, resources: 3),
            NetworkTie(from: "b", to: "c", reliability: 4),
            NetworkTie(from: "c", to: "=HYPERLINK(\"x\")"),
        ]
    }

    @Test("members are written with a header, CRLF line ends and guarded, quoted text")
    func writeMembers() {
        #expect(
            NetworkCSV.writeMembers(members)
                == "id,name,sector,type\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",'=SUM(A1),'+Public,'-Council\r\n"
                + "b,\"Bravo, \"\"the\"\" Trust\r\nSecond line\",'@home,\r\n"
                + "c,Charlie,,School\r\n")
    }

    @Test("ties are written with bare numbers and blanks for unanswered ratings")
    func writeTies() {
        #expect(
            NetworkCSV.writeTies(ties)
                == "from,to,frequency,reliability,mission,openness,power,involvement,resources\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",b,1,2,3,4,1,2,3\r\n"
                + "b,c,,4,,,,,\r\n"
                + "c,\"'=HYPERLINK(\"\"x\"\")\",,,,,,,\r\n")
    }

    @Test("reading what was written gives back the same members, ties and respondents")
    func roundTrip() {
        let membersText = NetworkCSV.writeMembers(members)
        let tiesText = NetworkCSV.writeTies(ties)
        #expect(NetworkCSV.readMembers(membersText) == .members(members))
        #expect(NetworkCSV.readTies(tiesText, memberKeys: Set(members.map(\.key))) == .ties(ties))
        #expect(
            NetworkCSV.read(members: membersText, ties: tiesText)
                == .graph(NetworkGraph(members: members, ties: ties, respondents: ["=HYPERLINK(\"x\")", "b", "c"])))
    }

    @Test("an empty network writes the header alone")
    func emptyNetwork() {
        #expect(NetworkCSV.writeMembers([]) == "id,name,sector,type\r\n")
        #expect(NetworkCSV.writeTies([]) == NetworkCSV.tieColumns.joined(separator: ",") + "\r\n")
    }
}
