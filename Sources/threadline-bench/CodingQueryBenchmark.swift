import ArgumentParser
import Foundation
import ThreadlineCore

/// `threadline-bench coding-query`: coding queries (AND with NEAR, OR of five codes, NOT) over 100,000 generated
/// codings in 2,000 sources with 40 codes, and a word frequency count over 100,000 words, each timed over
/// several runs.
struct CodingQueryBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coding-query",
        abstract: "Time coding queries over 100,000 codings and word frequency over 100,000 words.")

    @Option(help: "Timed runs of each benchmark.")
    var runs = 7

    @Option(help: "Untimed runs first, to warm caches.")
    var warmUp = 1

    @Option(help: "Codings generated.")
    var codings = 100_000

    @Option(help: "Sources they are spread over.")
    var sources = 2_000

    @Option(help: "Words counted by the word frequency benchmark.")
    var words = 100_000

    @Option(help: "The seed of the generated data.")
    var seed: UInt64 = 20_261_207

    func validate() throws {
        guard runs >= 1, warmUp >= 0, codings > 0, sources > 0, words > 0 else {
            throw ArgumentParser.ValidationError(
                "--runs, --codings, --sources and --words must be positive; --warm-up at least 0.")
        }
    }

    func run() throws {
        #if DEBUG
            print("warning: a debug build; build with -c release for figures worth recording")
        #endif
        try queries()
        wordFrequency()
    }

    private func queries() throws {
        var random = SeededGenerator(seed: seed)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        func uuid() -> UUID {
            let high = random.next()
            let low = random.next()
            let bytes =
                (0..<8).map { UInt8(truncatingIfNeeded: high >> ($0 * 8)) }
                + (0..<8).map { UInt8(truncatingIfNeeded: low >> ($0 * 8)) }
            return UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8],
                    bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                ))
        }
        let codes = (1...40).map { Code(id: Code.ID(uuid()), name: "Code \($0)", createdAt: date) }
        let coders = (0..<3).map { _ in Coder.ID(uuid()) }
        var texts: [CodingSource: CodingQueryScope.SourceText] = [:]
        var sourceList: [(source: CodingSource, length: Int)] = []
        for _ in 0..<sources {
            let source = CodingSource(story: Story.ID(uuid()))
            let length = Int.random(in: 5_000...20_000, using: &random)
            let cues = stride(from: 0, to: length, by: 200).map { $0..<min(length, $0 + 199) }
            let paragraphs = stride(from: 0, to: length, by: 800).map { $0..<min(length, $0 + 790) }
            texts[source] = .init(length: length, cueRanges: cues, paragraphRanges: paragraphs)
            sourceList.append((source, length))
        }
        var generated: [Coding] = []
        generated.reserveCapacity(codings)
        for _ in 0..<codings {
            let (source, length) = sourceList.randomElement(using: &random)!
            let start = Int.random(in: 0..<(length - 400), using: &random)
            generated.append(
                Coding(
                    id: Coding.ID(uuid()), codeID: codes.randomElement(using: &random)!.id, source: source,
                    coderID: coders.randomElement(using: &random)!, start: start,
                    end: start + Int.random(in: 20...400, using: &random), createdAt: date))
        }
        let scope = CodingQueryScope(texts: texts, codings: generated)
        let evaluator = CodingQueryEvaluator(scope: scope)
        let resolver = CodeReferenceResolver(codes: codes)
        print("coding queries: \(generated.count) codings over \(sources) sources, 40 codes")

        let queries: [(name: String, json: String)] = [
            ("A AND (B NEAR C within 200)", #"{"and": ["Code 1", {"near": ["Code 2", "Code 3"], "within": 200}]}"#),
            ("OR of 5 codes", #"{"or": ["Code 4", "Code 5", "Code 6", "Code 7", "Code 8"]}"#),
            ("NOT A", #"{"not": "Code 9"}"#),
            ("A NEAR B in the same cue", #"{"near": ["Code 10", "Code 11"], "within": "cue"}"#),
        ]
        for query in queries {
            let data = Data(query.json.utf8)
            let (timings, passages) = try BenchmarkTimings.measure(runs: runs, warmUp: warmUp) { () throws -> Int in
                let expression = try CodingQueryExpression(
                    json: try JSONValue.parse(data), resolve: resolver.resolve, codePath: resolver.path(of:))
                return evaluator.passages(matching: expression).count
            }
            print(
                "  parse + evaluate \(query.name) (\(passages / (runs + warmUp)) passages): "
                    + timings.line(aim: .seconds(1)))
        }
    }

    private func wordFrequency() {
        var random = SeededGenerator(seed: seed &+ 1)
        let syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "wy", "dd", "ch", "ol", "er", "an", "ing", "tion", "ed"]
        let vocabulary =
            (0..<3_000).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in syllables.randomElement(using: &random)! }
                    .joined()
            } + ["the", "and", "of", "to", "mae", "yn", "y", "don’t", "co-production", "Trust", "trust"]
        var texts: [String] = []
        var remaining = words
        while remaining > 0 {
            let count = min(remaining, Int.random(in: 20...200, using: &random))
            remaining -= count
            texts.append(
                (0..<count).map { _ in
                    // A skewed draw, so some words are far more frequent than others.
                    let pick = Int(Double(vocabulary.count) * pow(Double.random(in: 0..<1, using: &random), 3))
                    return vocabulary[pick]
                }.joined(separator: " ") + ".")
        }
        print("word frequency: \(words) words in \(texts.count) texts")
        for stems in [false, true] {
            let options = WordFrequency.Options(stopWords: .init(languages: [.english, .welsh]), stems: stems)
            let (timings, rows) = BenchmarkTimings.measure(runs: runs, warmUp: warmUp) {
                WordFrequency(texts: texts, options: options).rows.count
            }
            print(
                "  WordFrequency\(stems ? " with stemming" : "") (\(rows / (runs + warmUp)) rows): "
                    + timings.line(aim: .seconds(1)))
        }
    }
}
