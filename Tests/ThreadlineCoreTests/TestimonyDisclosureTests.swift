import Foundation
import Testing
import ThreadlineCore

/// Every consent scope × consent state × publication state × viewer, against the one rule in `AccessPolicy`.
@Suite("Testimony disclosure")
struct TestimonyDisclosureTests {
    static let today = PartialDate("2024-06-01")!
    static let editor = Viewer.user(User.ID(UUID()), .editor)

    static func testimony(
        scope: ConsentScope, state: ConsentState, status: PublicationStatus = .published
    ) -> Testimony {
        var consent = ConsentRecord(givenBy: "Amina Bello", givenOn: PartialDate("2023-01-10"), scope: scope)
        switch state {
        case .current: consent.expiresOn = PartialDate("2024-06-02")
        case .expired: consent.expiresOn = PartialDate("2024-06-01")
        case .withdrawn: consent.withdrawnOn = PartialDate("2024-05-01")
        }
        return Testimony(
            id: Testimony.ID(UUID()), title: "On trust", speakerName: "Amina Bello", speakerRole: "youth worker",
            consent: consent, status: status, createdAt: Date(timeIntervalSince1970: 0))
    }

    @Test(arguments: ConsentScope.allCases, ConsentState.allCases)
    func publicSeesOnlyCurrentPublicConsent(scope: ConsentScope, state: ConsentState) {
        let item = Self.testimony(scope: scope, state: state)
        let seen = AccessPolicy.disclosure(of: item, placeName: "Salford", to: .anonymous, today: Self.today)
        switch (scope, state) {
        case (.publicAnonymised, .current):
            #expect(seen == .shown(attribution: "Youth worker, Salford", named: false))
        case (.publicNamed, .current):
            #expect(seen == .shown(attribution: "Amina Bello, youth worker, Salford", named: true))
        case (_, .withdrawn):
            #expect(seen == .hidden(.withdrawn))
        case (_, .expired):
            #expect(seen == .hidden(.expired))
        case (.internalOnly, .current):
            #expect(seen == .hidden(.internalOnly))
        }
        // Never the name without named consent.
        if case .shown(let attribution, _) = seen, scope != .publicNamed {
            #expect(!attribution.contains("Amina"))
        }
    }

    @Test(arguments: ConsentScope.allCases, ConsentState.allCases)
    func draftsAreHiddenFromThePublicWhateverTheConsent(scope: ConsentScope, state: ConsentState) {
        let item = Self.testimony(scope: scope, state: state, status: .draft)
        #expect(!AccessPolicy.disclosure(of: item, placeName: nil, to: .anonymous, today: Self.today).isShown)
    }

    @Test(arguments: ConsentScope.allCases, ConsentState.allCases)
    func theTeamSeesEverythingNamed(scope: ConsentScope, state: ConsentState) {
        let item = Self.testimony(scope: scope, state: state, status: .draft)
        #expect(
            AccessPolicy.disclosure(of: item, placeName: "Salford", to: Self.editor, today: Self.today)
                == .shown(attribution: "Amina Bello, youth worker, Salford", named: true))
    }

    @Test(arguments: ConsentScope.allCases, ConsentState.allCases)
    func clipsFollowTheirTestimony(scope: ConsentScope, state: ConsentState) {
        let item = Self.testimony(scope: scope, state: state)
        let clip = Clip(
            id: Clip.ID(UUID()), testimonyID: item.id, title: "Trust", startMs: 0, endMs: 1000, status: .published,
            createdAt: Date(timeIntervalSince1970: 0))
        let testimonySeen = AccessPolicy.disclosure(of: item, placeName: nil, to: .anonymous, today: Self.today)
        let clipSeen = AccessPolicy.disclosure(
            of: clip, in: item, placeName: nil, to: .anonymous, today: Self.today)
        #expect(clipSeen == testimonySeen)
        var draftClip = clip
        draftClip.status = .draft
        #expect(
            !AccessPolicy.disclosure(of: draftClip, in: item, placeName: nil, to: .anonymous, today: Self.today)
                .isShown)
        #expect(!AccessPolicy.disclosure(of: clip, in: nil, placeName: nil, to: .anonymous, today: Self.today).isShown)
    }

    @Test func expiryTakesEffectOnItsDay() {
        var item = Self.testimony(scope: .publicAnonymised, state: .current)
        item.consentExpiresOn = PartialDate("2024-06-01")
        #expect(
            AccessPolicy.disclosure(of: item, placeName: nil, to: .anonymous, today: PartialDate("2024-05-31")!).isShown
        )
        #expect(
            !AccessPolicy.disclosure(of: item, placeName: nil, to: .anonymous, today: PartialDate("2024-06-01")!)
                .isShown)
    }

    @Test func anonymisedWithoutRoleOrPlaceStillNamesNoOne() {
        var item = Self.testimony(scope: .publicAnonymised, state: .current)
        item.speakerRole = ""
        #expect(
            AccessPolicy.disclosure(of: item, placeName: nil, to: .anonymous, today: Self.today)
                == .shown(attribution: "A participant", named: false))
    }

    @Test func consentRulesAreValidated() {
        var item = Self.testimony(scope: .publicNamed, state: .current)
        item.speakerName = " "
        item.consentGivenOn = PartialDate("2023-01")
        item.consentExpiresOn = PartialDate("2022-01-01")
        let fields = item.crossFieldProblems().map(\.field)
        #expect(fields.contains("speaker_name"))
        #expect(fields.contains("consent_given_on"))
        var early = Self.testimony(scope: .publicAnonymised, state: .current)
        early.consentExpiresOn = PartialDate("2022-01-01")
        #expect(early.crossFieldProblems().map(\.field) == ["consent_expires_on"])
    }

    @Test func clipRangesAreChecked() {
        let clip = Clip(id: Clip.ID(UUID()), title: "x", startMs: 5000, endMs: 4000, createdAt: Date())
        #expect(clip.crossFieldProblems().map(\.field) == ["end_ms"])
        let long = Clip(id: Clip.ID(UUID()), title: "x", startMs: 0, endMs: 70_000, createdAt: Date())
        #expect(long.rangeProblems(durationMs: 65_000).first?.message.contains("1:05") == true)
        #expect(long.rangeProblems(durationMs: nil).isEmpty)
    }

    @Test func quotesAreTheCoveredCues() {
        let cues = [
            TranscriptCue(startMs: 0, endMs: 4000, text: "We met weekly."),
            TranscriptCue(startMs: 4000, endMs: 9000, text: "Trust grew\nslowly."),
            TranscriptCue(startMs: 9000, endMs: 12000, text: "Then it stopped."),
        ]
        #expect(cues.quote(fromMs: 4500, toMs: 9000) == "Trust grew slowly.")
        #expect(cues.quote(fromMs: 3000, toMs: 9500) == "We met weekly. Trust grew slowly. Then it stopped.")
        #expect(TimeSpanText.seconds(12_500) == "12.5")
        #expect(TimeSpanText.seconds(30_000) == "30")
        #expect(TimeSpanText.clock(3_723_000) == "1:02:03")
    }
}
