/// A place's journey infographic inside a report passage (wide for screens, tall for phones, as on the place
/// page), with its milestones as text.
public struct JourneyEmbedView: PageModel {
    public static let template = Template.reportJourney

    public var placeName: String
    public var placeURL: String
    public var wideSVG: String?
    public var narrowSVG: String?
    public var milestones: [JourneyEmbedMilestone]
    public var hasMilestones: Bool
}

/// One milestone in the text alternative of a journey embed.
public struct JourneyEmbedMilestone {
    public var dateText: String
    public var title: String
    /// Its kind, era and enablers ("Governance · Pilot phase · 3. Transforming governance and process"), as the
    /// drawing shows them, so the list is a full text alternative.
    public var detail: String?
}
