/// An open `[` or `![` waiting for its `]`.
struct Bracket {
    let node: Int
    /// Index just after the bracket, where the link text starts.
    let textStart: Int
    let isImage: Bool
    var isActive = true
    /// Top of the delimiter stack when the bracket was pushed: emphasis inside the link text stops there.
    let previousDelimiter: Int
    /// Whether another bracket was opened after this one; such link text cannot be a shortcut reference.
    var hasBracketAfter = false
}
