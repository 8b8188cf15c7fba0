import ThreadlineCharts
import ThreadlineCore

/// One place's generated journey: milestones spread over years, named eras and every enabler the palette draws.
struct JourneyBenchmarkData {
    var milestones: [JourneyMilestone]
    var eras: [JourneyEra]
    var enablers: [JourneyEnablerStyle]

    /// `count` milestones from `firstYear` over `years` years, drawn from `seed`: most dated to the month, some to
    /// the day, some to the year only; titles of 3 to 9 words; one to three enablers each, a tenth with none.
    static func make(count: Int, firstYear: Int, years: Int, enablerCount: Int, seed: UInt64)
        -> JourneyBenchmarkData
    {
        var random = SeededGenerator(seed: seed)
        let words = [
            "partners", "agree", "community", "board", "walking", "festival", "leisure", "trust", "funding",
            "review", "youth", "council", "steering", "group", "launch", "local", "network", "plan", "pilot",
            "schools", "health", "shared", "learning", "volunteers", "park", "route", "strategy", "evaluation",
        ]
        let kinds = ["Governance", "Partnership", "Community", "Investment", "Other"]
        var milestones: [JourneyMilestone] = []
        milestones.reserveCapacity(count)
        for _ in 0..<count {
            let year = firstYear + Int.random(in: 0..<years, using: &random)
            let precision = Int.random(in: 0..<10, using: &random)
            let month = precision == 0 ? nil : Int.random(in: 1...12, using: &random)
            let day = precision >= 7 ? Int.random(in: 1...28, using: &random) : nil
            let title = (0..<Int.random(in: 3...9, using: &random))
                .map { _ in words.randomElement(using: &random) ?? "step" }
                .joined(separator: " ")
            let linked =
                Int.random(in: 0..<10, using: &random) == 0
                ? []
                : (0..<Int.random(in: 1...3, using: &random)).map { _ in
                    Int.random(in: 1...enablerCount, using: &random)
                }
            milestones.append(
                JourneyMilestone(
                    date: PartialDate(year: year, month: month, day: day) ?? PartialDate(year: year)!,
                    title: title.prefix(1).uppercased() + title.dropFirst(),
                    kind: kinds.randomElement(using: &random) ?? "Other",
                    enablerNumbers: Array(Set(linked)).sorted()))
        }
        let last = firstYear + years - 1
        let eras = [
            JourneyEra(
                title: "Setting up", start: PartialDate(year: firstYear)!, end: PartialDate(year: firstYear + 1)),
            JourneyEra(
                title: "Pilot phase", start: PartialDate(year: firstYear + 2)!, end: PartialDate(year: last - 2)),
            JourneyEra(title: "Business as usual", start: PartialDate(year: last - 1)!, end: nil),
        ]
        let enablers = (1...enablerCount).map { JourneyEnablerStyle(number: $0, name: "System enabler \($0)") }
        return JourneyBenchmarkData(milestones: milestones, eras: eras, enablers: enablers)
    }
}
