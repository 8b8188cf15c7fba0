/// Draws a place's journey as an accessible SVG infographic: milestones on a time line, eras as bands behind them,
/// and each milestone's linked enablers as markers that differ in colour, shape *and* printed number, so colour
/// never carries the meaning alone. Milestones with no enabler get a hollow grey circle.
///
/// A milestone linked to several enablers shows one small marker per enabler, side by side in ascending number
/// order, each followed by its number. Milestones are ordered by date, then title (then input order, so equal
/// milestones still come out the same way).
///
/// The drawing is a picture of a list the page also shows as text (``textAlternative(milestones:eras:enablers:)``):
/// it carries `role="img"`, a `<title>` and a `<desc>` summarising it, and every milestone and legend entry has a
/// `<title>` with its full text. Ids start with the given prefix so several drawings can share a page, and the same
/// input always gives the same bytes.
public struct JourneyInfographic: Sendable {
    /// The horizontal drawing's width in SVG user units (it scales to its container).
    public var width = 960
    /// The vertical drawing's width: narrow, for phones.
    public var verticalWidth = 360
    /// How many label lanes the horizontal drawing may use on each side of the axis (1–8).
    public var lanesPerSide = 3
    /// The longest title drawn under a horizontal marker before it is shortened with "…".
    public var maximumLabelLength = 22
    /// How many characters fit on one title line in the vertical drawing.
    public var verticalLineLength = 34
    /// The most lines a title takes in the vertical drawing; the last ends in "…" when the title is longer.
    public var verticalMaximumLines = 3

    /// Creates an infographic with the default sizes.
    public init() {}

    /// The SVG markup, or `nil` when there are no milestones.
    ///
    /// - Parameters:
    ///   - title: The drawing's accessible name.
    ///   - milestones: What happened, in any order.
    ///   - eras: Named stretches of the journey, drawn as bands; they may overlap.
    ///   - enablers: Names for the enabler numbers the milestones use; a number without one is called "Enabler n".
    ///     Where two styles share a number, the first wins.
    ///   - orientation: Left to right along a scaled axis, or top to bottom one row per milestone.
    ///   - idPrefix: Starts every id in the drawing; characters other than ASCII letters, digits, `-` and `_` are
    ///     dropped, and a `j` is put in front if what is left does not start with a letter.
    public func svg(
        title: String, milestones: [JourneyMilestone], eras: [JourneyEra],
        enablers: [JourneyEnablerStyle],
        orientation: JourneyOrientation, idPrefix: String
    ) -> String? {
        guard !milestones.isEmpty else { return nil }
        let sortedEras = Self.sortedEras(eras)
        let entries = Self.entries(milestones: milestones, sortedEras: sortedEras, enablers: enablers)
        let prefix = JourneyText.identifier(idPrefix)
        switch orientation {
        case .horizontal:
            return horizontalSVG(title: title, entries: entries, eras: sortedEras, prefix: prefix)
        case .vertical:
            return verticalSVG(title: title, entries: entries, eras: sortedEras, prefix: prefix)
        }
    }

    /// The milestones as the ordered list a page renders beside the drawing, in the drawing's order.
    public func textAlternative(
        milestones: [JourneyMilestone], eras: [JourneyEra], enablers: [JourneyEnablerStyle]
    ) -> [JourneyListItem] {
        let entries = Self.entries(
            milestones: milestones, sortedEras: Self.sortedEras(eras), enablers: enablers)
        return entries.map { entry in
            JourneyListItem(
                date: entry.milestone.date,
                dateText: entry.milestone.date.displayText,
                title: entry.milestone.title,
                kind: entry.milestone.kind,
                enablerNumbers: entry.enablers.map(\.number),
                enablerNames: entry.enablers.map(\.name),
                eraTitle: entry.era?.title
            )
        }
    }

    /// The opening `<svg>` element with its accessible name and description.
    static func header(
        className: String, width: Int, height: Int, prefix: String, title: String, desc: String
    )
        -> String
    {
        """
        <svg xmlns="http://www.w3.org/2000/svg" class="\(className)" viewBox="0 0 \(width) \(height)" \
        role="img" aria-labelledby="\(prefix)-title \(prefix)-desc" font-family="system-ui, sans-serif" \
        font-size="12" fill="\(JourneyPalette.ink)">
        <title id="\(prefix)-title">\(JourneyText.escape(title))</title>
        <desc id="\(prefix)-desc">\(JourneyText.escape(desc))</desc>

        """
    }
}
