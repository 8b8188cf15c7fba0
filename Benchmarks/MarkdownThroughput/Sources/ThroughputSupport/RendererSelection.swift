/// Which renderers a run measures, as chosen with `--only`.
public enum RendererSelection: String, Sendable, Equatable, CaseIterable {
    /// Threadline (HTML and plain text) and Ink.
    case all
    /// Threadline's `html(_:)` and `plainText(_:)` only.
    case threadline
    /// Ink's `html(from:)` only.
    case ink

    /// Whether Threadline's renderer takes part in the run.
    public var includesThreadline: Bool { self != .ink }

    /// Whether Ink takes part in the run.
    public var includesInk: Bool { self != .threadline }
}
