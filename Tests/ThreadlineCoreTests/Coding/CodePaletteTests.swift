import Testing
import ThreadlineCore

@Suite("The colours new codes get")
struct CodePaletteTests {
    @Test("Codes made one after another each get a colour none has yet, then the palette again in turn")
    func distinctColours() {
        var used: [String] = []
        for _ in 0..<CodePalette.colours.count { used.append(CodePalette.next(after: used)) }
        #expect(Set(used).count == CodePalette.colours.count)
        #expect(used == CodePalette.colours)
        // A colour someone chose (in any case) counts as taken.
        #expect(CodePalette.next(after: ["#0072B2"]) == "#e69f00")
        // Once all are taken, neighbours still differ.
        let ninth = CodePalette.next(after: used)
        let tenth = CodePalette.next(after: used + [ninth])
        #expect(ninth != tenth)
    }

    @Test("The picker gives an import the same colours as asking one code at a time")
    func pickerMatchesNext() {
        var picker = CodePalette.Picker(used: ["#123456", "#e69f00"])
        var used = ["#123456", "#e69f00"]
        for index in 0..<20 {
            if index == 3 {
                picker.use("#009E73")
                used.append("#009E73")
                continue
            }
            let expected = CodePalette.next(after: used)
            #expect(picker.next() == expected, "code \(index)")
            used.append(expected)
        }
    }

    @Test("Every palette colour is a valid code colour")
    func validColours() {
        #expect(CodePalette.colours.allSatisfy(Code.isColour))
    }
}
