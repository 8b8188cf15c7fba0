import Testing
import ThreadlineCore
import ThreadlineFormats

@Suite("Network members CSV")
struct MembersCSVTests {
    @Test("columns in any order and case, a BOM, CRLF, quoted cells and a blank sector are read")
    func goodFile() throws {
        let text =
            "\u{FEFF}Type, NAME ,Sector,ID\r\n"
            + "Council,\"Salford City Council, Leisure\",Public,salford-cl\r\n"
            + "Charity,\"The \"\"Big\"\" Hall\nTrust\",,ORG07\r\n"
            + "\r\n"
            + "  Leisure trust  ,  Active Wigan  , Sport and leisure ,  wigan \r\n"
            + ",,,\r\n"
        guard case .members(let members) = NetworkCSV.readMembers(text) else {
            Issue.record("A good members file was refused: \(NetworkCSV.readMembers(text))")
            return
        }
        #expect(
            members == [
                NetworkMember(
                    key: "salford-cl", name: "Salford City Council, Leisure", sector: "Public", type: "Council"),
                NetworkMember(key: "ORG07", name: "The \"Big\" Hall\nTrust", sector: "", type: "Charity"),
                NetworkMember(key: "wigan", name: "Active Wigan", sector: "Sport and leisure", type: "Leisure trust"),
            ])
    }

    @Test("each bad row is reported with its line and sentence")
    func badRows() {
        let longID = String(repeating: "k", count: NetworkMember.maximumKeyLength + 1)
        let longName = String(repeating: "n", count: NetworkMember.maximumTextLength + 1)
        let text = """
            id,name,sector,type
            a,Alpha,Public,Council
            ,Nameless id,Public,Council
            b,,Public,Council
            \(longID),Long,Public,Council
            c,\(longName),Public,Council
            d,Delta,\(longName),\(longName)
            a,Alpha again,Public,Council
            e,Echo,Public
            f,Foxtrot,Public,Council,extra
            """
        guard case .problems(let problems) = NetworkCSV.readMembers(text) else {
            Issue.record("A members file with bad rows was accepted.")
            return
        }
        #expect(
            problems.map(\.description) == [
                "Line 3: The id is blank; give each member an id (a short code such as ORG07 will do).",
                "Line 4: The name is blank; give the organisation's name.",
                "Line 5: The id is 65 characters long; an id may have at most 64.",
                "Line 6: The name is 201 characters long; it may have at most 200.",
                "Line 7: The sector is 201 characters long; it may have at most 200.",
                "Line 7: The type is 201 characters long; it may have at most 200.",
                "Line 8: The id “a” is already used on line 2; give each member its own id.",
                "Line 9: The row has 3 cells; the header has 4. Check the row: give every column a cell, even an "
                    + "empty one.",
                "Line 10: The row has 5 cells; the header has 4. Check the row: put quotes around any cell holding "
                    + "a comma.",
            ])
    }

    @Test("ids are compared exactly, so ids differing in case are two members")
    func idCase() {
        guard case .members(let members) = NetworkCSV.readMembers("id,name,sector,type\nab,A,,\nAB,B,,\n") else {
            Issue.record("Ids differing only in case were refused.")
            return
        }
        #expect(members.map(\.key) == ["ab", "AB"])
    }

    @Test("unknown, missing and repeated columns are named on the header's line")
    func header() {
        let unknown = NetworkCSV.readMembers("id,nmae,sector,type\na,Alpha,,\n")
        #expect(
            unknown
                == .problems([
                    CSVReadError(
                        line: 1,
                        message: "The header's columns are wrong (missing name; not known: “nmae”). "
                            + "Expected: id,name,sector,type (any order).")
                ]))
        let extra = NetworkCSV.readMembers("\n\nid,name,sector,type,Notes,\na,Alpha,,,,\n")
        #expect(
            extra
                == .problems([
                    CSVReadError(
                        line: 3,
                        message: "The header's columns are wrong (not known: “Notes”, a column with no name). "
                            + "Expected: id,name,sector,type (any order).")
                ]))
        let repeated = NetworkCSV.readMembers("id,name,ID,sector\na,Alpha,b,\n")
        #expect(
            repeated
                == .problems([
                    CSVReadError(
                        line: 1,
                        message: "The header's columns are wrong (missing type; repeated: id). "
                            + "Expected: id,name,sector,type (any order).")
                ]))
    }

    @Test("a header of another file lists ten unknown columns and counts the rest")
    func manyUnknownColumns() {
        let others = (1...12).map { "c\($0)" }
        let header = (NetworkCSV.memberColumns + others).joined(separator: ",")
        let listed = others.prefix(10).map { "“\($0)”" }.joined(separator: ", ")
        #expect(
            NetworkCSV.readMembers(header + "\n")
                == .problems([
                    CSVReadError(
                        line: 1,
                        message: "The header's columns are wrong (not known: \(listed) and 2 more). "
                            + "Expected: id,name,sector,type (any order).")
                ]))
    }

    @Test("an empty file, a blank file and a header alone are refused")
    func empty() {
        let expected = "The file is empty; it needs the header row id,name,sector,type."
        #expect(NetworkCSV.readMembers("") == .problems([CSVReadError(line: 1, message: expected)]))
        #expect(NetworkCSV.readMembers("\u{FEFF} \r\n\r\n") == .problems([CSVReadError(line: 1, message: expected)]))
        #expect(
            NetworkCSV.readMembers("id,name,sector,type\r\n")
                == .problems([
                    CSVReadError(
                        line: 1, message: "The file has a header but no members; add one row per organisation.")
                ]))
    }

    @Test("CSV that cannot be read gives the reader's problem")
    func unreadable() {
        #expect(
            NetworkCSV.readMembers("id,name,sector,type\na,\"Alpha,,\n")
                == .problems([CSVReadError(line: 2, message: "A quoted cell is not closed.")]))
    }

    @Test("a file with more rows than the limit is refused rather than read")
    func rowLimit() {
        var text = "id,name,sector,type\n"
        text.reserveCapacity(NetworkCSV.maximumRows * 2 + 32)
        for _ in 0..<NetworkCSV.maximumRows { text += "\n," }
        guard case .problems(let problems) = NetworkCSV.readMembers(text) else {
            Issue.record("A file over the row limit was accepted.")
            return
        }
        #expect(problems.map(\.message) == ["More than 200000 rows; split the file."])
    }
}
