public import Foundation

/// A news feed in the shape Atom 1.0 (RFC 4287) needs, ready for `AtomFeedWriter`.
///
/// It holds plain values, not entities: the web layer decides what is public (consent, publication) and
/// renders Markdown to HTML before building it, so the writer only has to produce correct, escaped XML.
public struct AtomFeed: Sendable {
    /// The feed's permanent, unique IRI (`atom:id`), such as its address.
    public var id: String
    /// The feed's title: usually the programme's name.
    public var title: String
    /// A line under the title, if any.
    public var subtitle: String?
    /// The address of the site the feed belongs to (`rel="alternate"`).
    public var siteURL: String
    /// The address of the feed itself (`rel="self"`).
    public var feedURL: String
    /// When the feed last changed meaningfully: usually its newest entry's `updated`.
    public var updated: Date
    /// The language of its text (BCP 47, such as `en-GB`); left out of the XML when blank.
    public var language: String
    /// The entries, in the order they are written (newest first, by convention).
    public var entries: [Entry]

    /// Creates a feed.
    public init(
        id: String,
        title: String,
        subtitle: String? = nil,
        siteURL: String,
        feedURL: String,
        updated: Date,
        language: String = "en-GB",
        entries: [Entry] = []
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.siteURL = siteURL
        self.feedURL = feedURL
        self.updated = updated
        self.language = language
        self.entries = entries
    }

    /// One item of the feed, such as a news post.
    public struct Entry: Sendable {
        /// The entry's permanent, unique IRI (`atom:id`); it must not change when the entry is edited.
        public var id: String
        /// The entry's title, as plain text.
        public var title: String
        /// The address of the entry's page (`rel="alternate"`).
        public var url: String
        /// When it was first published.
        public var published: Date
        /// When it last changed.
        public var updated: Date
        /// A short plain-text summary; left out when blank.
        public var summary: String
        /// The full text as HTML, escaped into the feed as `type="html"` content; left out when blank.
        public var contentHTML: String
        /// Who wrote it; when blank the entry has no author of its own and the feed's (its title) applies.
        public var authorName: String

        /// Creates an entry.
        public init(
            id: String,
            title: String,
            url: String,
            published: Date,
            updated: Date,
            summary: String = "",
            contentHTML: String = "",
            authorName: String = ""
        ) {
            self.id = id
            self.title = title
            self.url = url
            self.published = published
            self.updated = updated
            self.summary = summary
            self.contentHTML = contentHTML
            self.authorName = authorName
        }
    }
}
