/// The thank-you page and every refusal a respondent may meet.
public struct SurveyMessageViewModel: PageModel {
    public static let template = Template.surveyMessage

    public var heading: String
    public var message: String

    /// Creates the value from each of its fields.
    public init(heading: String, message: String) {
        self.heading = heading
        self.message = message
    }
}
