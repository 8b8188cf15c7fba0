/// One line of the interactive transcript.
public struct CueView {
    public var startSeconds: String
    public var endSeconds: String
    public var timeText: String
    public var speaker: String?
    public var text: String
}
