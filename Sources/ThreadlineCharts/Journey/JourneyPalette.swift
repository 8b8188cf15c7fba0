/// The enablers' eight colours and the grey of milestones with no enabler.
///
/// Every colour has at least 4.5:1 contrast against white (WCAG 2.x relative luminance; the tests check ≥ 3:1, the
/// non-text minimum of WCAG 2.1 SC 1.4.11), so the markers stand out on the white page and on the pale era bands.
enum JourneyPalette {
    /// Colour and the name the legend's tooltips use, by slot.
    static let colours: [(hex: String, name: String)] = [
        ("#1f5f9e", "blue"),
        ("#b3541e", "orange"),
        ("#2e7d32", "green"),
        ("#b0306a", "magenta"),
        ("#6a4c9c", "purple"),
        ("#00796b", "teal"),
        ("#8a6d00", "ochre"),
        ("#c62828", "red"),
    ]

    /// The outline of the hollow marker for a milestone with no enabler (5.1:1 on white).
    static let neutral = "#6e6e6e"
    /// Text and axis colour.
    static let ink = "#1b1f24"
    /// The era bands' fills, alternating so neighbouring eras can be told apart.
    static let eraFills = ["#eef3f8", "#f7f1e6"]

    /// Enabler 1 takes slot 0, enabler 8 slot 7, enabler 9 slot 0 again. Total for every `Int`, even `Int.min`.
    static func slot(forEnabler number: Int) -> Int {
        let count = colours.count
        let remainder = number % count
        return ((remainder - 1) % count + count) % count
    }

    static func colour(forEnabler number: Int) -> (hex: String, name: String) {
        colours[slot(forEnabler: number)]
    }
}
