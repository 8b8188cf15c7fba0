/// The 1–4 answers of a partnership network survey and the words each number stands for.
///
/// The trust and value items use PARTNER's four-point scale; how often two members work together uses four steps
/// of frequency. The words are shown beside every number on the survey form so that a respondent never has to
/// guess what "3" means.
public enum NetworkScale {
    /// The numbers every answer must be.
    public static let ratings: ClosedRange<Int> = 1...4

    /// The words for each rating of a trust or value item, lowest first.
    public static let ratingLabels = ["Not at all", "A small amount", "A fair amount", "A great deal"]

    /// The words for each frequency, lowest first.
    public static let frequencyLabels = [
        "About once a year or less", "About once a quarter", "About once a month", "Every week or more",
    ]

    /// The words for `rating` of a trust or value item, or `nil` when it is not on the scale.
    public static func ratingLabel(_ rating: Int) -> String? {
        ratings.contains(rating) ? ratingLabels[rating - 1] : nil
    }

    /// The words for `frequency`, or `nil` when it is not on the scale.
    public static func frequencyLabel(_ frequency: Int) -> String? {
        ratings.contains(frequency) ? frequencyLabels[frequency - 1] : nil
    }
}
