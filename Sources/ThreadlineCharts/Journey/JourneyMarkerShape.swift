/// The eight marker shapes, one per enabler number (repeating from enabler 9), so an enabler can be told apart
/// without seeing colour; its number is always drawn beside the marker too.
enum JourneyMarkerShape: Int, CaseIterable, Sendable {
    case circle, square, diamond, triangleUp, pentagon, triangleDown, hexagon, cross

    /// The shape for an enabler number; any integer works, including zero and negatives.
    static func forEnabler(_ number: Int) -> JourneyMarkerShape {
        allCases[JourneyPalette.slot(forEnabler: number)]
    }

    /// The shape's name as the legend's tooltips say it.
    var name: String {
        switch self {
        case .circle: "circle"
        case .square: "square"
        case .diamond: "diamond"
        case .triangleUp: "triangle"
        case .pentagon: "pentagon"
        case .triangleDown: "downward triangle"
        case .hexagon: "hexagon"
        case .cross: "cross"
        }
    }

    /// Path commands relative to the marker's centre (drawn after `M x y`), each about 14 units across. Fixed text
    /// rather than trigonometry keeps the output byte-identical on every platform.
    var relativePath: String {
        switch self {
        case .circle: "m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z"
        case .square: "m-6 -6h12v12h-12z"
        case .diamond: "m0 -7.5l7.5 7.5l-7.5 7.5l-7.5 -7.5z"
        case .triangleUp: "m0 -7.5l7.5 12.5h-15z"
        case .pentagon: "m0 -7.5l7.1 5.2l-2.7 8.3h-8.8l-2.7 -8.3z"
        case .triangleDown: "m0 7.5l7.5 -12.5h-15z"
        case .hexagon: "m0 -7.5l6.5 3.75v7.5l-6.5 3.75l-6.5 -3.75v-7.5z"
        case .cross: "m-2.5 -7h5v4.5h4.5v5h-4.5v4.5h-5v-4.5h-4.5v-5h4.5z"
        }
    }
}
