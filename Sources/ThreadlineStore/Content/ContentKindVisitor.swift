public import ThreadlineCore

/// Work done once per content kind, with the kind's repository at its own entity type.
///
/// Swift has no generic closures, so code that must treat every kind alike — route every kind's pages, offer every
/// kind's items as choices, list every kind's published IDs — is written once as a visitor, and
/// `ThreadlineStore.visit(_:_:)` hands it the repository of whichever kind is asked for. That switch is the only
/// list of kinds and repositories outside the store's properties.
public protocol ContentKindVisitor {
    /// What a visit gives back.
    associatedtype Result
    /// Does the work for one kind.
    func visit<Entity: ContentEntity>(_ repository: any ContentRepository<Entity>) -> Result
}

extension ThreadlineStore {
    /// Visits the repository of `kind`.
    public func visit<Visitor: ContentKindVisitor>(_ kind: EntityKind, _ visitor: Visitor) -> Visitor.Result {
        switch kind {
        case .enabler: visitor.visit(enablers)
        case .learningArea: visitor.visit(learningAreas)
        case .place: visitor.visit(places)
        case .milestone: visitor.visit(milestones)
        case .organisation: visitor.visit(organisations)
        case .story: visitor.visit(stories)
        case .caseStudy: visitor.visit(caseStudies)
        case .newsPost: visitor.visit(newsPosts)
        case .testimony: visitor.visit(testimonies)
        case .clip: visitor.visit(clips)
        case .report: visitor.visit(reports)
        case .reportSection: visitor.visit(reportSections)
        case .indicator: visitor.visit(indicators)
        case .indicatorFigure: visitor.visit(indicatorFigures)
        case .countsExample: visitor.visit(countsExamples)
        case .reflectiveLog: visitor.visit(reflectiveLogs)
        case .programmeTheory: visitor.visit(programmeTheories)
        case .theoryEvidence: visitor.visit(theoryEvidence)
        case .document: visitor.visit(documents)
        }
    }

    /// Visits every kind's repository, in `EntityKind.allCases` order.
    public func visitAll<Visitor: ContentKindVisitor>(_ visitor: Visitor) -> [Visitor.Result] {
        EntityKind.allCases.map { visit($0, visitor) }
    }
}
