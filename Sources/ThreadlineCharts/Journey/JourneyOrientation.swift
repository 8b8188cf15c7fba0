/// Which way a ``JourneyInfographic`` runs.
public enum JourneyOrientation: Sendable, Hashable {
    /// Time runs left to right along an axis scaled by date: for wide screens.
    case horizontal
    /// Time runs top to bottom, one milestone per row: for phones (a 360-unit-wide drawing).
    case vertical
}
