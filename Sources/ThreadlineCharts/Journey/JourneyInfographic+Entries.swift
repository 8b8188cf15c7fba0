extension JourneyInfographic {
    /// Eras by start, then title, then input order.
    static func sortedEras(_ eras: [JourneyEra]) -> [JourneyEra] {
        eras.enumerated()
            .sorted {
                ($0.element.start, $0.element.title, $0.offset) < (
                    $1.element.start, $1.element.title, $1.offset
                )
            }
            .map(\.element)
    }

    /// Milestones sorted by date, then title, then input order (so the order never depends on the sort algorithm),
    /// with enablers resolved and eras found.
    static func entries(
        milestones: [JourneyMilestone], sortedEras: [JourneyEra], enablers: [JourneyEnablerStyle]
    ) -> [JourneyEntry] {
        var names: [Int: String] = [:]
        for style in enablers where names[style.number] == nil { names[style.number] = style.name }
        let eraStarts = sortedEras.map { JourneyCalendar.startPosition(of: $0.start) }
        let eraEnds = sortedEras.map { era in era.end.map(JourneyCalendar.endPosition(of:)) ?? .infinity
        }
        let sorted = milestones.enumerated().sorted {
            ($0.element.date, $0.element.title, $0.offset) < (
                $1.element.date, $1.element.title, $1.offset
            )
        }
        return sorted.map { _, milestone in
            let numbers = Set(milestone.enablerNumbers).sorted()
            let styles = numbers.map {
                JourneyEnablerStyle(number: $0, name: names[$0] ?? "Enabler \($0)")
            }
            let position = JourneyCalendar.startPosition(of: milestone.date)
            let eraIndex = containingEra(position, starts: eraStarts, ends: eraEnds)
            return JourneyEntry(
                milestone: milestone, enablers: styles, era: eraIndex.map { sortedEras[$0] },
                eraIndex: eraIndex)
        }
    }

    /// The latest-starting era whose span holds `position`. A binary search finds the eras that started by then;
    /// the backward scan stops at the first still running, which is immediate unless eras nest deeply.
    static func containingEra(_ position: Double, starts: [Double], ends: [Double]) -> Int? {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0 {
            if position < ends[index] { return index }
            index -= 1
        }
        return nil
    }

    /// The enablers linked to at least one milestone, by number.
    static func usedEnablers(_ entries: [JourneyEntry]) -> [JourneyEnablerStyle] {
        var seen: [Int: JourneyEnablerStyle] = [:]
        for entry in entries {
            for style in entry.enablers where seen[style.number] == nil { seen[style.number] = style }
        }
        return seen.values.sorted { $0.number < $1.number }
    }

    /// "3 milestones from 2018 to 2021. 1 era: Pilot phase (2018 to 2019)."
    static func description(entries: [JourneyEntry], eras: [JourneyEra]) -> String {
        let count = entries.count
        let first = entries.first?.milestone.date.year ?? 0
        let last = entries.last?.milestone.date.year ?? first
        let noun = count == 1 ? "milestone" : "milestones"
        var text =
            first == last ? "\(count) \(noun) in \(first)." : "\(count) \(noun) from \(first) to \(last)."
        if !eras.isEmpty {
            let list = eras.map { "\($0.title) (\(JourneyCalendar.spanText($0)))" }.joined(
                separator: "; ")
            text += " \(eras.count) \(eras.count == 1 ? "era" : "eras"): \(list)."
        }
        let unlinked = entries.filter(\.enablers.isEmpty).count
        if unlinked > 0 {
            text +=
                " \(unlinked) \(unlinked == 1 ? "milestone has" : "milestones have") no linked enabler."
        }
        return text
    }
}
