/// What is wrong with a report section's text, listed above its preview.
public struct PreviewProblemsView: PageModel {
    public static let template = Template.reportPreviewProblems

    /// One sentence per problem.
    public var problems: [String]

    /// Creates the value from each of its fields.
    public init(problems: [String]) {
        self.problems = problems
    }
}
