extension EntityKind {
    /// The schema of the kind's entity.
    public var schema: EntitySchema {
        switch self {
        case .enabler: Enabler.schema
        case .learningArea: LearningArea.schema
        case .place: Place.schema
        case .milestone: Milestone.schema
        case .organisation: Organisation.schema
        case .story: Story.schema
        case .caseStudy: CaseStudy.schema
        case .newsPost: NewsPost.schema
        case .testimony: Testimony.schema
        case .clip: Clip.schema
        case .report: Report.schema
        case .reportSection: ReportSection.schema
        case .indicator: Indicator.schema
        case .indicatorFigure: IndicatorFigure.schema
        case .countsExample: CountsExample.schema
        case .reflectiveLog: ReflectiveLog.schema
        case .programmeTheory: ProgrammeTheory.schema
        case .theoryEvidence: TheoryEvidence.schema
        case .document: Document.schema
        }
    }

    /// Every field, of any kind, that refers to items of this kind: (the referring kind, its field).
    public var incomingReferences: [(kind: EntityKind, field: FieldSpec)] {
        EntityKind.allCases.flatMap { kind in
            kind.schema.fields.compactMap { field -> (kind: EntityKind, field: FieldSpec)? in
                switch field.type {
                case .reference(let target) where target == self: (kind, field)
                case .references(let target) where target == self: (kind, field)
                default: nil
                }
            }
        }
    }
}
