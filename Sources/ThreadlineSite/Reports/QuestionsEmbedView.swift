/// The "Questions you could consider" block.
public struct QuestionsEmbedView: PageModel {
    public static let template = Template.reportQuestions

    public var questions: [String]
}
