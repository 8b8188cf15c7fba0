extension MaturityScale {
    /// The scale a programme starts with, until it defines its own.
    public static let standard = MaturityScale(levels: [
        MaturityLevel(value: 1, descriptor: "Not started"),
        MaturityLevel(value: 2, descriptor: "Emerging"),
        MaturityLevel(value: 3, descriptor: "Developing"),
        MaturityLevel(value: 4, descriptor: "Established"),
        MaturityLevel(value: 5, descriptor: "Embedded"),
    ])

    /// The levels' span as people write it: "1–5"; "no levels" for an empty scale.
    public var rangeText: String {
        guard let first = levels.first?.value, let last = levels.last?.value else { return "no levels" }
        return first == last ? "\(first)" : "\(first)–\(last)"
    }
}
