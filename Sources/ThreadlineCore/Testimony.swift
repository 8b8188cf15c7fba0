public import Foundation

/// First-hand testimony: a recording of someone speaking about the programme, its transcript, and their consent.
///
/// The recording itself is stored by content (its SHA-256) and described by the `media…` fields, which only an
/// upload sets; the transcript's cues are kept beside it by the store. Everything a reader may see is decided
/// by `AccessPolicy.disclosure(of:placeName:to:today:)` from the consent fields.
public struct Testimony: ContentEntity, PlaceLinked, EnablerLinked {
    /// Its identifier's type.
    public typealias ID = EntityID<Testimony>

    /// Its identifier; also its public address, `/testimony/{id}`.
    public var id: ID
    /// Title.
    public var title: String
    /// Summary.
    public var summary: String
    /// The speaker's name, shown only with named consent.
    public var speakerName: String
    /// The speaker's role ("youth worker"), shown instead of the name with anonymised consent.
    public var speakerRole: String
    /// Place.
    public var placeID: Place.ID?
    /// System enabler.
    public var enablerID: Enabler.ID?
    /// When it was recorded.
    public var recordedOn: PartialDate?
    /// Who gave consent.
    public var consentGivenBy: String
    /// When consent was given.
    public var consentGivenOn: PartialDate?
    /// How far consent reaches.
    public var consentScope: ConsentScope
    /// When consent ends, if it does.
    public var consentExpiresOn: PartialDate?
    /// When consent was withdrawn, if it was.
    public var consentWithdrawnOn: PartialDate?
    /// What was said on withdrawal.
    public var consentWithdrawalNote: String
    /// The recording's length in milliseconds: read from the file, else from the transcript, else typed in.
    public var durationMs: Int?
    /// Where `durationMs` came from: `file`, `transcript` or `manual`.
    public var durationSource: String?
    /// The recording's SHA-256 (lower-case hex), which names its stored file.
    public var mediaSHA256: String?
    /// The recording's MIME type, as read from its bytes.
    public var mediaType: String?
    /// The recording's size in bytes.
    public var mediaBytes: Int?
    /// The uploaded file's name, for the team's reference.
    public var mediaName: String?
    /// Draft or published.
    public var status: PublicationStatus
    /// The user who created it; `nil` for imported content.
    public var authorID: User.ID?
    /// When it was created.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// When it was first published.
    public var publishedAt: Date?

    /// Creates a testimony; fields left out start empty, with internal-only consent.
    public init(
        id: ID, title: String = "", summary: String = "", speakerName: String = "", speakerRole: String = "",
        placeID: Place.ID? = nil, enablerID: Enabler.ID? = nil, recordedOn: PartialDate? = nil,
        consent: ConsentRecord = ConsentRecord(givenBy: "", givenOn: nil, scope: .internalOnly),
        durationMs: Int? = nil, durationSource: String? = nil, mediaSHA256: String? = nil, mediaType: String? = nil,
        mediaBytes: Int? = nil, mediaName: String? = nil, status: PublicationStatus = .draft,
        authorID: User.ID? = nil, createdAt: Date, updatedAt: Date? = nil, publishedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.speakerName = speakerName
        self.speakerRole = speakerRole
        self.placeID = placeID
        self.enablerID = enablerID
        self.recordedOn = recordedOn
        self.consentGivenBy = consent.givenBy
        self.consentGivenOn = consent.givenOn
        self.consentScope = consent.scope
        self.consentExpiresOn = consent.expiresOn
        self.consentWithdrawnOn = consent.withdrawnOn
        self.consentWithdrawalNote = consent.withdrawalNote
        self.durationMs = durationMs
        self.durationSource = durationSource
        self.mediaSHA256 = mediaSHA256
        self.mediaType = mediaType
        self.mediaBytes = mediaBytes
        self.mediaName = mediaName
        self.status = status
        self.authorID = authorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.publishedAt = publishedAt
    }

    /// The consent fields as one record.
    public var consent: ConsentRecord {
        get {
            ConsentRecord(
                givenBy: consentGivenBy, givenOn: consentGivenOn, scope: consentScope, expiresOn: consentExpiresOn,
                withdrawnOn: consentWithdrawnOn, withdrawalNote: consentWithdrawalNote)
        }
        set {
            consentGivenBy = newValue.givenBy
            consentGivenOn = newValue.givenOn
            consentScope = newValue.scope
            consentExpiresOn = newValue.expiresOn
            consentWithdrawnOn = newValue.withdrawnOn
            consentWithdrawalNote = newValue.withdrawalNote
        }
    }

    /// Whether a recording has been uploaded.
    public var hasRecording: Bool { mediaSHA256 != nil }

    enum CodingKeys: String, CodingKey {
        case id, title, summary
        case speakerName = "speaker_name"
        case speakerRole = "speaker_role"
        case placeID = "place_id"
        case enablerID = "enabler_id"
        case recordedOn = "recorded_on"
        case consentGivenBy = "consent_given_by"
        case consentGivenOn = "consent_given_on"
        case consentScope = "consent_scope"
        case consentExpiresOn = "consent_expires_on"
        case consentWithdrawnOn = "consent_withdrawn_on"
        case consentWithdrawalNote = "consent_withdrawal_note"
        case durationMs = "duration_ms"
        case durationSource = "duration_source"
        case mediaSHA256 = "media_sha256"
        case mediaType = "media_type"
        case mediaBytes = "media_bytes"
        case mediaName = "media_name"
        case status
        case authorID = "author_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case publishedAt = "published_at"
    }

    public static let kind = EntityKind.testimony

    /// The fields people edit. The `media…` and `duration_source` fields are set by uploads only.
    public static let schema = EntitySchema(
        kind: .testimony,
        fields: [
            FieldSpec("title", "Title", .text, required: true, maximumLength: 200),
            FieldSpec(
                "summary", "Summary", .multilineText, maximumLength: 600,
                hint: "What the speaker talks about, in a sentence or two."),
            FieldSpec(
                "speaker_name", "Speaker's name", .text, maximumLength: 200,
                hint: "Shown only when consent is public and named."),
            FieldSpec(
                "speaker_role", "Speaker's role", .text, required: true, maximumLength: 120,
                hint: "Shown with the place when consent is anonymised, e.g. \"youth worker\"."),
            FieldSpec("place_id", "Place", .reference(.place)),
            FieldSpec("enabler_id", "System enabler", .reference(.enabler)),
            FieldSpec("recorded_on", "Recorded", .partialDate),
            FieldSpec(
                "consent_given_by", "Consent given by", .text, required: true, maximumLength: 200,
                hint: "The speaker, or the parent or guardian who signed."),
            FieldSpec("consent_given_on", "Consent given on", .partialDate, required: true, hint: "YYYY-MM-DD."),
            FieldSpec("consent_scope", "Consent", .choice(ConsentScope.choices), required: true),
            FieldSpec(
                "consent_expires_on", "Consent ends on", .partialDate,
                hint: "YYYY-MM-DD, if consent was given for a limited time. From this day it is hidden."),
            FieldSpec(
                "consent_withdrawn_on", "Consent withdrawn on", .partialDate,
                hint: "YYYY-MM-DD. Withdrawn testimony and its clips disappear from every public page at once."),
            FieldSpec("consent_withdrawal_note", "Withdrawal note", .multilineText, maximumLength: 2000),
            FieldSpec(
                "duration_ms", "Duration (milliseconds)", .integer,
                hint: "Read from the recording or the transcript when they allow; type it only when they do not."),
        ],
        systemKeys: ["duration_source", "media_sha256", "media_type", "media_bytes", "media_name"]
    )

    public var displayTitle: String { title }

    /// Testimony is addressed by ID, not by a URL name.
    public var publicSlug: String? { nil }

    /// A duration that differs from the stored one was typed by a person: it is kept from then on, whatever a
    /// later transcript says.
    public func reconciled(with stored: Testimony) -> Testimony {
        guard durationMs != stored.durationMs else { return self }
        var copy = self
        copy.durationSource = durationMs == nil ? nil : "manual"
        return copy
    }

    public func crossFieldProblems() -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let days: [(String, PartialDate?)] = [
            ("consent_given_on", consentGivenOn), ("consent_expires_on", consentExpiresOn),
            ("consent_withdrawn_on", consentWithdrawnOn),
        ]
        for (key, value) in days {
            if let value, !value.isDay {
                problems.append(FieldProblem(field: key, message: "Give the whole day, as YYYY-MM-DD."))
            }
        }
        if let given = consentGivenOn, let expires = consentExpiresOn, given.isDay, expires.isDay, expires <= given {
            problems.append(
                FieldProblem(field: "consent_expires_on", message: "Consent must end after the day it was given."))
        }
        if let given = consentGivenOn, let withdrawn = consentWithdrawnOn, given.isDay, withdrawn.isDay,
            withdrawn < given
        {
            problems.append(
                FieldProblem(
                    field: "consent_withdrawn_on", message: "Consent cannot be withdrawn before it was given."))
        }
        if consentScope == .publicNamed, speakerName.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(
                FieldProblem(field: "speaker_name", message: "Named consent needs the speaker's name."))
        }
        if let durationMs, durationMs <= 0 {
            problems.append(FieldProblem(field: "duration_ms", message: "The duration must be more than 0."))
        }
        return problems
    }
}
