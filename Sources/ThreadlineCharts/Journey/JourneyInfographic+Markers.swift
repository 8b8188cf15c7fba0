extension JourneyInfographic {
    /// Space between neighbouring markers in one milestone's row.
    static let markerGap = 6.0

    /// A marker (14 units) plus its printed number.
    static func markerSlotWidth(_ number: Int) -> Double {
        17 + Double(String(number).count) * 7
    }

    /// The width of a milestone's row of markers.
    static func markerRowWidth(_ enablers: [JourneyEnablerStyle]) -> Double {
        guard !enablers.isEmpty else { return 14 }
        let slots = enablers.reduce(0) { $0 + markerSlotWidth($1.number) }
        return slots + markerGap * Double(enablers.count - 1)
    }

    /// One marker per linked enabler, left to right from `left`, each followed by its number; or the hollow grey
    /// circle when there are none.
    static func markerRow(_ enablers: [JourneyEnablerStyle], left: Double, centreY: Double) -> String {
        guard !enablers.isEmpty else { return marker(enabler: nil, x: left + 7, y: centreY) }
        var markup = ""
        var x = left
        for style in enablers {
            markup += marker(enabler: style.number, x: x + 7, y: centreY)
            markup += """
                <text x="\(JourneyText.number(x + 16))" y="\(JourneyText.number(centreY + 4.5))" \
                font-weight="700">\(style.number)</text>
                """
            x += markerSlotWidth(style.number) + markerGap
        }
        return markup
    }

    /// The shape of enabler `enabler` in its colour, or the hollow grey circle for `nil`, centred on (`x`, `y`).
    static func marker(enabler: Int?, x: Double, y: Double) -> String {
        let origin = "M\(JourneyText.number(x)) \(JourneyText.number(y))"
        guard let enabler else {
            return """
                <path class="journey-marker journey-marker-none" d="\(origin)\(JourneyMarkerShape.circle.relativePath)" \
                fill="#ffffff" stroke="\(JourneyPalette.neutral)" stroke-width="2"/>
                """
        }
        let shape = JourneyMarkerShape.forEnabler(enabler)
        return """
            <path class="journey-marker" d="\(origin)\(shape.relativePath)" \
            fill="\(JourneyPalette.colour(forEnabler: enabler).hex)"/>
            """
    }
}
