import Testing

@testable import ThreadlineCore

@Suite struct WordTokenisationTests {
    @Test func keepsInnerApostrophesAndHyphensAndFoldsCase() {
        #expect(
            WordFrequency.words(in: "Don’t stop the Co-production — it's 'ours'-ish, isn't-it?")
                == ["don't", "stop", "the", "co-production", "it's", "ours", "ish", "isn't-it"])
    }

    @Test func dropsApostrophesAndHyphensAtTheEdgesOrDoubled() {
        #expect(
            WordFrequency.words(in: "evaluators’ -well- rock--solid 'tis") == [
                "evaluators", "well", "rock", "solid", "tis",
            ])
    }

    @Test func countsDigitsAsWordLetters() {
        #expect(
            WordFrequency.words(in: "In 2024, covid-19 hit 3.5 times") == [
                "in", "2024", "covid-19", "hit", "3", "5", "times",
            ])
    }

    @Test func keepsWelshLettersWrittenEitherWay() {
        // "ŵ" precomposed, then as w + combining circumflex; "ŷ" likewise; capitals fold to lower case.
        let words = WordFrequency.words(in: "Dŵr a thŷ, DW\u{0302}R a THY\u{0302}; i’r gwaith")
        #expect(words == ["dŵr", "a", "thŷ", "dŵr", "a", "thŷ", "i'r", "gwaith"])
        #expect(words[0] == words[3])
    }

    @Test func otherScriptsAreWords() {
        #expect(WordFrequency.words(in: "café naïve Ελλάδα") == ["café", "naïve", "ελλάδα"])
    }
}

@Suite struct StopWordListTests {
    @Test func englishAndWelshListsLeaveOutFunctionWords() {
        for word in ["the", "and", "don't", "it's", "will", "of"] {
            #expect(StopWordList.english.contains(word), "\(word)")
        }
        for word in ["trust", "community", "place"] { #expect(!StopWordList.english.contains(word), "\(word)") }
        for word in ["y", "yr", "mae", "yn", "i'r", "gyda", "hefyd", "nhw"] {
            #expect(StopWordList.welsh.contains(word), "\(word)")
        }
        for word in ["cymuned", "ymddiriedaeth", "gwaith"] { #expect(!StopWordList.welsh.contains(word), "\(word)") }
        #expect(!StopWordList.welsh.contains("the"))
        #expect(!StopWordList.english.contains("mae"))
    }

    @Test func extraWordsAreNormalisedAndAddedToTheLanguages() {
        let list = StopWordList(languages: [.english, .welsh], extraWords: ["  Programme ", "Partner’s"])
        #expect(list.contains("programme"))
        #expect(list.contains("partner's"))
        #expect(list.contains("the") && list.contains("mae"))
        #expect(!StopWordList.none.contains("the"))
        #expect(StopWordList.english.union(.welsh).words == StopWordList(languages: [.english, .welsh]).words)
    }

    @Test func listsHoldWordsInCountingForm() {
        for word in StopWordList.english.words.union(StopWordList.welsh.words) {
            #expect(WordFrequency.words(in: word) == [word], "\(word)")
        }
    }
}

@Suite struct WordFrequencyTests {
    @Test func countsWordsWithSharesAndTextCounts() {
        let frequency = WordFrequency(texts: ["Trust builds trust.", "The place and the TRUST", "Place"])
        #expect(frequency.totalCount == 6)
        #expect(frequency.textCount == 3)
        #expect(frequency.rows.map(\.word) == ["trust", "place", "builds"])
        #expect(frequency.rows.map(\.count) == [3, 2, 1])
        #expect(frequency.rows.map(\.textCount) == [2, 2, 1])
        let shares: [Double] = [3.0 / 6, 2.0 / 6, 1.0 / 6]
        #expect(frequency.rows.map(\.share) == shares)
        #expect(frequency.top(2).map(\.word) == ["trust", "place"])
        #expect(frequency.top(0).isEmpty)
        #expect(frequency.rows.allSatisfy { $0.stem == nil })
    }

    @Test func tiesAreAlphabetical() {
        let frequency = WordFrequency(texts: ["zebra apple mango apple zebra mango"])
        #expect(frequency.rows.map(\.word) == ["apple", "mango", "zebra"])
    }

    @Test func stopWordsMinimumLengthAndCustomWords() {
        let text = "Y mae'r gwaith yn dda a the work is good ok"
        let options = WordFrequency.Options(
            stopWords: StopWordList(languages: [.english, .welsh], extraWords: ["Good"]), minimumLength: 3)
        #expect(WordFrequency(texts: [text], options: options).rows.map(\.word) == ["dda", "gwaith", "work"])
        let everything = WordFrequency(texts: [text], options: .init(stopWords: .none))
        #expect(everything.totalCount == 11)
    }

    @Test func stemmingGroupsFormsUnderTheMostFrequentOne() {
        let texts = ["Connected connections connect.", "The connection", "connections", "hopeful"]
        let frequency = WordFrequency(texts: texts, options: .init(stems: true))
        #expect(frequency.rows.first?.word == "connections")
        #expect(frequency.rows.first?.stem == "connect")
        #expect(frequency.rows.first?.count == 5)
        #expect(frequency.rows.first?.textCount == 3)
        #expect(frequency.rows.first?.forms == ["connections", "connect", "connected", "connection"])
        #expect(frequency.rows.map(\.word) == ["connections", "hopeful"])
        #expect(frequency.rows.last?.stem == "hope")
    }
}
