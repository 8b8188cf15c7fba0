import Testing
import ThroughputSupport

@Suite("Throughput figures and report lines")
struct ThroughputReportTests {
    private func report() throws -> ThroughputReport {
        let samples = [
            PassSample(wallSeconds: 0.5, cpuSeconds: 0.4, outputBytes: 31_500_000),
            PassSample(wallSeconds: 0.25, cpuSeconds: 0.25, outputBytes: 31_500_000),
            PassSample(wallSeconds: 1.0, cpuSeconds: 0.5, outputBytes: 31_500_000),
        ]
        return try #require(
            ThroughputReport(label: "threadline-html", storyCount: 10_000, inputBytes: 25_000_000, samples: samples)
        )
    }

    @Test("no passes, no report")
    func empty() {
        #expect(ThroughputReport(label: "x", storyCount: 1, inputBytes: 1, samples: []) == nil)
    }

    @Test("MB is decimal and rates use the median pass, by wall clock and by CPU time")
    func rates() throws {
        let measured = try report()
        #expect(measured.inputMegabytes == 25)
        #expect(measured.megabytesPerSecond == 50)
        #expect(measured.bestMegabytesPerSecond == 100)
        #expect(measured.cpuMegabytesPerSecond == 62.5)
        #expect(measured.storiesPerSecond == 20_000)
        #expect(measured.outputBytes == 31_500_000)
    }

    @Test("the RESULT line carries every figure")
    func line() throws {
        #expect(
            try report().line
                == "RESULT threadline-html: input 25.000 MB, 10000 stories, 3 passes, median 0.5000 s, "
                + "best 0.2500 s, 20000 stories/s, 50.00 MB/s (best 100.00 MB/s; "
                + "cpu median 0.4000 s = 62.50 MB/s), output 31.500 MB"
        )
    }

    @Test("the summary line gives the ratio of Threadline to Ink by wall clock")
    func summary() {
        let threadline = RendererOutcome.measured(megabytesPerSecond: 60, cpuMegabytesPerSecond: 80)
        let ink = RendererOutcome.measured(megabytesPerSecond: 12, cpuMegabytesPerSecond: 10)
        #expect(
            ThroughputSummary.line(threadline: threadline, ink: ink)
                == "SUMMARY markdown: threadline 60.00 MB/s, ink 12.00 MB/s, ratio 5.00"
        )
        #expect(
            ThroughputSummary.cpuLine(threadline: threadline, ink: ink)
                == "CPUTIME markdown: threadline 80.00 MB/s, ink 10.00 MB/s, ratio 8.00"
        )
    }

    @Test("the summary line has no ratio when a renderer is missing")
    func summaryWithoutInk() {
        let line = ThroughputSummary.line(
            threadline: .measured(megabytesPerSecond: 60, cpuMegabytesPerSecond: 70),
            ink: .failed(reason: "timeout")
        )
        #expect(line == "SUMMARY markdown: threadline 60.00 MB/s, ink failed (timeout), ratio n/a")
        let skipped = ThroughputSummary.line(threadline: .skipped, ink: .skipped)
        #expect(skipped == "SUMMARY markdown: threadline skipped, ink skipped, ratio n/a")
    }

    @Test(
        "the aim is 50 MB/s by wall clock and faster than Ink",
        arguments: [
            (50.0, 10.0, "AIM met 50 MB/s; faster than Ink"),
            (49.9, 10.0, "AIM missed 50 MB/s; faster than Ink"),
            (60.0, 60.0, "AIM met 50 MB/s; not faster than Ink"),
        ]
    )
    func aim(threadline: Double, ink: Double, expected: String) {
        let line = ThroughputSummary.aimLine(
            threadline: .measured(megabytesPerSecond: threadline, cpuMegabytesPerSecond: 999),
            ink: .measured(megabytesPerSecond: ink, cpuMegabytesPerSecond: 1)
        )
        #expect(line == expected)
    }
}
