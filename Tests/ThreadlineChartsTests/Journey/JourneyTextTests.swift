import Testing
import ThreadlineCore

@testable import ThreadlineCharts

@Suite struct JourneyTextTests {
    @Test func wrapsAtWordsWithinTheLimit() {
        #expect(
            JourneyText.wrapped("one two three four", limit: 9, maximumLines: 3) == [
                "one two", "three", "four",
            ])
        #expect(JourneyText.wrapped("  spaced\n\tout  ", limit: 20, maximumLines: 3) == ["spaced out"])
        #expect(JourneyText.wrapped("", limit: 20, maximumLines: 3) == [])
    }

    @Test func endsTheLastLineWithAnEllipsisWhenTextIsLeftOut() {
        #expect(JourneyText.wrapped("aa bb cc dd", limit: 5, maximumLines: 2) == ["aa bb", "cc dd"])
        #expect(JourneyText.wrapped("aa bb cc dd ee", limit: 5, maximumLines: 2) == ["aa bb", "cc…"])
        #expect(JourneyText.wrapped("aa bb cc d ee", limit: 5, maximumLines: 2) == ["aa bb", "cc d…"])
        #expect(JourneyText.wrapped("aaaa bbbb cccc", limit: 4, maximumLines: 1) == ["aaa…"])
    }

    @Test func breaksWordsLongerThanALine() {
        #expect(JourneyText.wrapped("abcdefghij", limit: 4, maximumLines: 3) == ["abcd", "efgh", "ij"])
        #expect(
            JourneyText.wrapped("x abcdefghijklmnop", limit: 4, maximumLines: 3) == ["x", "abcd", "efg…"])
    }

    @Test func stopsEarlyOnHugeTitles() {
        let huge = String(repeating: "word ", count: 200_000)
        let lines = JourneyText.wrapped(huge, limit: 34, maximumLines: 3)
        #expect(lines.count == 3)
        #expect(lines.last?.hasSuffix("…") == true)
    }

    @Test func shortensOnOneLine() {
        #expect(JourneyText.shortened("Partnership\nboard formed", to: 14) == "Partnership b…")
        #expect(JourneyText.shortened("Short", to: 14) == "Short")
        #expect(JourneyText.shortened("  café\n au  lait ", to: 14) == "café au lait")
        #expect(JourneyText.shortened(String(repeating: "word\n", count: 100_000), to: 12) == "word word w…")
        #expect(JourneyText.shortened("Ends with space here", to: 11) == "Ends with…")
    }

    @Test func writesCoordinatesWithOneDecimalAtMost() {
        #expect(JourneyText.number(12) == "12")
        #expect(JourneyText.number(12.25) == "12.3")
        #expect(JourneyText.number(-3.04) == "-3")
        #expect(JourneyText.number(-0.5) == "-0.5")
        #expect(JourneyText.number(.nan) == "0")
    }

    @Test func keepsOnlyIdSafeCharactersStartingWithALetter() {
        #expect(JourneyText.identifier("place-1_a") == "place-1_a")
        #expect(JourneyText.identifier("1 place") == "j1place")
        #expect(JourneyText.identifier("\"><") == "j")
    }

    @Test func escapesXMLSpecialCharacters() {
        #expect(JourneyText.escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&#39;c")
        #expect(JourneyText.escape("plain é") == "plain é")
    }
}
