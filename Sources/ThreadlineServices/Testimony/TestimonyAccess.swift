import ThreadlineCore
import ThreadlineStore

/// Finds a testimony and decides, through `AccessPolicy.disclosure`, whether a viewer may have its recording
/// and transcript: shared by the public media routes and the API so they cannot disagree.
public struct TestimonyAccess: Sendable {
    let testimonies: any ContentRepository<Testimony>
    let transcripts: any TranscriptRepository
    let time: any TimeSource

    /// Decides over the testimonies and their transcripts, on the day `time` says it is.
    public init(
        testimonies: any ContentRepository<Testimony>, transcripts: any TranscriptRepository, time: any TimeSource
    ) {
        self.testimonies = testimonies
        self.transcripts = transcripts
        self.time = time
    }

    /// A testimony the viewer may see, with whether its speaker may be named.
    public struct Visible: Sendable {
        public var testimony: Testimony
        public var named: Bool
    }

    /// The testimony with ID `text` if `viewer` may see it; `nil` otherwise (the same answer as for no testimony).
    public func visible(_ text: String, to viewer: Viewer) async throws -> Visible? {
        guard let id = Testimony.ID(text), let testimony = try await testimonies.get(id) else { return nil }
        let disclosure = AccessPolicy.disclosure(
            of: testimony, placeName: nil, to: viewer, today: PartialDate(dayOf: time.now()))
        guard case .shown(_, let named) = disclosure else { return nil }
        return Visible(testimony: testimony, named: named || viewer.role != nil)
    }

    /// The transcript as `viewer` may read it (speaker labels anonymised for the public where consent says so).
    public func cues(of visible: Visible) async throws -> [TranscriptCue] {
        try await Self.readableCues(of: visible.testimony, named: visible.named, transcripts: transcripts)
    }

    /// The transcript of `testimony` for a reader who may (`named`) or may not know the speaker's name: every door
    /// that shows cues — pages, captions, downloads, the API, the static site — reads them here, so
    /// `TranscriptPrivacy` is applied to all of them alike.
    public static func readableCues(of testimony: Testimony, named: Bool, transcripts: any TranscriptRepository)
        async throws -> [TranscriptCue]
    {
        let cues = try await transcripts.cues(of: testimony.id)
        guard TranscriptPrivacy.anonymises(testimony, named: named) else { return cues }
        let safe = try await transcripts.safeSpeakerLabels(of: testimony.id)
        return TranscriptPrivacy.shown(cues, of: testimony, named: named, safeLabels: safe)
    }
}
