public import ThreadlineCore

/// Everything one Counts and Measures import writes: new indicators, figures (new, or replacing the figure of the
/// same place, indicator and period) and examples. The store writes it all in one transaction, or none of it.
public struct CountsMeasuresBatch: Sendable {
    /// Indicators the file named that did not exist yet.
    public var newIndicators: [Indicator]
    /// Figures to insert.
    public var newFigures: [IndicatorFigure]
    /// Stored figures whose value or note the file changes.
    public var changedFigures: [IndicatorFigure]
    /// Examples to insert.
    public var newExamples: [CountsExample]

    /// Creates a batch.
    public init(
        newIndicators: [Indicator] = [], newFigures: [IndicatorFigure] = [], changedFigures: [IndicatorFigure] = [],
        newExamples: [CountsExample] = []
    ) {
        self.newIndicators = newIndicators
        self.newFigures = newFigures
        self.changedFigures = changedFigures
        self.newExamples = newExamples
    }

    /// Whether there is nothing to write.
    public var isEmpty: Bool {
        newIndicators.isEmpty && newFigures.isEmpty && changedFigures.isEmpty && newExamples.isEmpty
    }
}
