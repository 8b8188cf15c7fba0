import Testing

@testable import ThreadlineCore

/// Examples from the rules of Porter (1980), "An algorithm for suffix stripping", run through the whole algorithm.
@Suite struct PorterStemmerTests {
    @Test(arguments: [
        // Step 1a.
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
        // Step 1b.
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
        ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
        ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
        ("filing", "file"),
        // Step 1c.
        ("happy", "happi"), ("sky", "sky"),
        // Step 2.
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("valenci", "valenc"),
        ("digitizer", "digit"), ("conformabli", "conform"), ("radicalli", "radic"), ("differentli", "differ"),
        ("vileli", "vile"), ("analogousli", "analog"), ("vietnamization", "vietnam"), ("predication", "predic"),
        ("operator", "oper"), ("feudalism", "feudal"), ("decisiveness", "decis"), ("hopefulness", "hope"),
        ("callousness", "callous"), ("formaliti", "formal"), ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"),
        // Step 3.
        ("triplicate", "triplic"), ("formative", "form"), ("formalize", "formal"), ("electriciti", "electr"),
        ("electrical", "electr"), ("hopeful", "hope"), ("goodness", "good"),
        // Step 4.
        ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"), ("airliner", "airlin"),
        ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"), ("irritant", "irrit"),
        ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"), ("adoption", "adopt"),
        ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"), ("angulariti", "angular"),
        ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"),
        // Step 5.
        ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
        // Whole words through several steps.
        ("generalization", "gener"), ("generalizations", "gener"), ("connected", "connect"),
        ("connection", "connect"), ("connections", "connect"), ("oscillators", "oscil"),
    ])
    func stemsPortersExamples(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func leavesShortAndNonLetterWordsAlone() {
        #expect(PorterStemmer.stem("is") == "is")
        #expect(PorterStemmer.stem("as") == "as")
        #expect(PorterStemmer.stem("don't") == "don't")
        #expect(PorterStemmer.stem("co-production") == "co-production")
        #expect(PorterStemmer.stem("covid19") == "covid19")
        #expect(PorterStemmer.stem("cymraeg") == "cymraeg")
        #expect(PorterStemmer.stem("dŵr") == "dŵr")
        #expect(PorterStemmer.stem("") == "")
    }
}
