import ArgumentParser
import Foundation
import ThreadlineCore

/// `threadline-bench text-search`: the text search query's matcher over generated sources (a million words by
/// default, in sources of a few thousand words with paragraphs), for a word, a mixed query of OR, a prefix, a
/// phrase and an exclusion, and a word with similar words (stemming), each timed over several runs.
struct TextSearchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text-search",
        abstract: "Time the text search query's matcher over a million generated words.")

    @Option(help: "Timed runs of each benchmark.")
    var runs = 5

    @Option(help: "Untimed runs first, to warm caches.")
    var warmUp = 1

    @Option(help: "Words generated in all.")
    var words = 1_000_000

    @Option(help: "Words per source.")
    var sourceWords = 5_000

    @Option(help: "The seed of the generated data.")
    var seed: UInt64 = 20_261_207

    func validate() throws {
        guard runs >= 1, warmUp >= 0, words > 0, sourceWords > 0 else {
            throw ArgumentParser.ValidationError("--runs, --words and --source-words must be positive.")
        }
    }

    func run() throws {
        #if DEBUG
            print("warning: a debug build; build with -c release for figures worth recording")
        #endif
        var random = SeededGenerator(seed: seed)
        let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "wy", "dd", "ch", "ol", "er", "an", "ing", "tion", "ed"]
        // Made-up words, real ones the queries look for, accented and Welsh spellings, and punctuation between.
        let vocabulary =
            (0..<3_000).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in syllables.randomElement(using: &random)! }
                    .joined()
            } + [
                "the", "and", "trust", "Trust", "partners", "partnership", "place-based", "meeting", "meetings", "café",
                "dŵr", "funding",
            ]
        var texts: [CodableText] = []
        var remaining = words
        while remaining > 0 {
            let count = min(remaining, sourceWords)
            remaining -= count
            var text = ""
            for index in 0..<count {
                let pick = Int(Double(vocabulary.count) * pow(Double.random(in: 0..<1, using: &random), 3))
                text += vocabulary[pick]
                text += index % 80 == 79 ? ".\n" : (index % 11 == 10 ? ", " : " ")
            }
            texts.append(CodableText(text: text))
        }
        let scalars = texts.reduce(0) { $0 + $1.length }
        print("text search: \(words) words (\(scalars) scalars) in \(texts.count) sources")
        let queries: [(name: String, typed: String, similar: Bool)] = [
            ("one word", "trust", false),
            ("OR, prefix, phrase, exclusion", "trust OR partner* \"place based\" -funding", false),
            ("similar words", "meeting", true),
        ]
        for query in queries {
            let matcher = TextSearchMatcher(
                query: try SearchQuery(parsing: query.typed), findsSimilarWords: query.similar)
            let (timings, hits) = BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
                texts.reduce(0) { $0 + matcher.hits(in: $1).count }
            }
            print("  \(query.name) (\(hits / (runs + warmUp)) hits): " + timings.line(aim: .seconds(1)))
        }
    }
}
