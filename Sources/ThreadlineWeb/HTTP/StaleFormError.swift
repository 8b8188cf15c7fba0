/// A workspace form sent with a security token that is missing or no longer the session's: the page was open
/// longer than a sign-in lasts, or the person signed out and in again meanwhile.
///
/// Not the person's fault, and not "not allowed": the error page says what happened, that nothing was saved, that
/// the browser kept what they typed (`form-draft.js`), and links back to the form, where it is put back.
struct StaleFormError: Error {
    /// The workspace page the form was on, when the request said (`Referer`).
    var formPage: String?

    /// The page's heading.
    static let heading = "This form was open too long"
    /// What happened and what to do.
    static let message =
        "It was not saved: its security check had run out, because the page was open longer than a sign-in lasts "
        + "or you signed in again meanwhile. What you typed is kept in this browser. Open the form again and save: "
        + "your text will be put back."
}
