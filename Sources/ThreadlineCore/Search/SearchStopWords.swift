/// Common function words that are left out of searches because nearly every text contains them.
public enum SearchStopWords {
    /// About a hundred of the most frequent English function words: articles, pronouns, auxiliary verbs,
    /// prepositions and conjunctions.
    ///
    /// Chosen by hand rather than taken from a library list. Words that are also names or content on an evidence
    /// platform are deliberately left out even though they are frequent: "us" (the US), "who" (the WHO), "may"
    /// (the month), "will" (a will), "can" (a can), "am" (AM), "more", "most" and "only". Apostrophe pieces such as
    /// "t" and "s" are not listed; they only occur inside phrases (`don't` is the phrase "don t"), where stop
    /// words are kept anyway.
    public static let english: Set<String> = [
        "a", "about", "after", "again", "against", "all", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by",
        "could", "did", "do", "does", "doing", "during",
        "each", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself",
        "me", "my", "myself", "no", "nor", "not",
        "of", "off", "on", "or", "our", "ours", "ourselves", "out", "over",
        "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too",
        "under", "until", "up", "upon",
        "was", "we", "were", "what", "when", "where", "which", "while", "whom", "why", "with", "would",
        "you", "your", "yours", "yourself", "yourselves",
    ]
}
