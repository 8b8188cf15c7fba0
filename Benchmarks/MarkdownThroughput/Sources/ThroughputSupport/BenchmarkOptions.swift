/// The settings of one benchmark run, parsed from the command line.
public struct BenchmarkOptions: Sendable, Equatable {
    /// The folder written by `gen_corpus.py`; stories are read from `jsonl/stories.jsonl` inside it.
    public var corpusDirectory: String
    /// Timed passes per renderer; the median pass is reported.
    public var repeatCount: Int
    /// Which renderers to measure.
    public var selection: RendererSelection
    /// A single story that takes longer than this is reported as a hang and ends the run.
    public var storyTimeoutSeconds: Double
    /// A single pass over all stories that takes longer than this ends the run.
    public var passTimeoutSeconds: Double

    /// The path of the JSON lines file holding the stories.
    public var storiesPath: String {
        let trimmed =
            corpusDirectory.hasSuffix("/") ? String(corpusDirectory.dropLast()) : corpusDirectory
        return trimmed + "/jsonl/stories.jsonl"
    }

    /// Creates options with the defaults for everything but the corpus folder.
    public init(
        corpusDirectory: String,
        repeatCount: Int = 5,
        selection: RendererSelection = .all,
        storyTimeoutSeconds: Double = 10,
        passTimeoutSeconds: Double = 600
    ) {
        self.corpusDirectory = corpusDirectory
        self.repeatCount = repeatCount
        self.selection = selection
        self.storyTimeoutSeconds = storyTimeoutSeconds
        self.passTimeoutSeconds = passTimeoutSeconds
    }

    /// The usage text printed by `--help`.
    public static let usage = """
        usage: markdown-throughput --corpus DIR [--repeat N] [--only threadline|ink]
                                   [--story-timeout SECONDS] [--pass-timeout SECONDS]

          --corpus DIR             folder written by gen_corpus.py (reads DIR/jsonl/stories.jsonl)
          --repeat N               timed passes per renderer, median reported (default 5)
          --only NAME              measure only threadline or only ink (default both)
          --story-timeout SECONDS  report a story that renders longer than this as a hang (default 10)
          --pass-timeout SECONDS   give up on a pass that takes longer than this (default 600)
          -h, --help               show this text
        """
}
