import Foundation
import Testing
import ThreadlineCore

@Suite("Transcript privacy: speaker labels under anonymised consent")
struct TranscriptPrivacyTests {
    static func testimony(name: String = "Amina Bello", role: String = "youth worker", scope: ConsentScope)
        -> Testimony
    {
        Testimony(
            id: Testimony.ID(UUID()), speakerName: name, speakerRole: role,
            consent: ConsentRecord(givenBy: name, givenOn: nil, scope: scope), status: .published,
            createdAt: Date(timeIntervalSince1970: 0))
    }

    static func cues(_ labels: [String?]) -> [TranscriptCue] {
        labels.enumerated().map { TranscriptCue(startMs: $0 * 1000, endMs: $0 * 1000 + 900, speaker: $1, text: "…") }
    }

    static func shown(_ labels: [String?], name: String = "Amina Bello", safe: [String] = []) -> [String?] {
        TranscriptPrivacy.shown(
            cues(labels), of: testimony(name: name, scope: .publicAnonymised), named: false, safeLabels: safe
        ).map(\.speaker)
    }

    @Test(
        "Every way of writing the speaker's name becomes the role",
        arguments: [
            "Amina Bello", "amina bello", "Amina", "Bello", "A. Bello", "Ms Bello", "Amina Bello (participant)",
            "BELLO, Amina", "Ámina  Bello", "Mrs. A Bello",
        ])
    func nameForms(label: String) {
        #expect(Self.shown([label, "Interviewer"]) == ["Youth worker", "Interviewer"])
    }

    @Test("Other people become numbered speakers; the allow-list is kept as written")
    func othersNumbered() {
        #expect(
            Self.shown(["Interviewer", "Jo Smith", "A. Bello", "Facilitator", "Sam", "Jo Smith", "youth worker", nil])
                == [
                    "Interviewer", "Speaker 2", "Youth worker", "Facilitator", "Speaker 3", "Speaker 2", "youth worker",
                    nil,
                ]
        )
    }

    @Test("With no name recorded, no label is guessed safe: every one outside the list is numbered from 1")
    func blankName() {
        #expect(
            Self.shown(["Amina Bello", "Interviewer", "Ms Bello", "Amina Bello"], name: "  ")
                == ["Speaker 1", "Interviewer", "Speaker 2", "Speaker 1"])
    }

    @Test("An editor's safe labels are shown as written, compared without case or spacing")
    func safeLabels() {
        #expect(
            Self.shown(["Coach", "Jo Smith", "A. Bello"], safe: ["coach "]) == ["Coach", "Speaker 2", "Youth worker"])
    }

    @Test("A number never repeats a label already shown, and labels differing only in case are one person")
    func noCollisions() {
        #expect(
            Self.shown(["Speaker 2", "Jo", "A. Bello", "jo ", "Sam"], safe: ["Speaker 2"])
                == ["Speaker 2", "Speaker 3", "Youth worker", "Speaker 3", "Speaker 4"])
        #expect(Self.shown(["Jo", "Speaker 1"], name: "", safe: ["Speaker 1"]) == ["Speaker 2", "Speaker 1"])
        // A transcript's own "Speaker 1" is not on the list: it is numbered like any other label.
        #expect(Self.shown(["Jo", "Speaker 1"], name: "") == ["Speaker 1", "Speaker 2"])
    }

    @Test("A testimony with no role calls its speaker Speaker 1")
    func noRole() {
        let testimony = Self.testimony(role: "", scope: .publicAnonymised)
        let shown = TranscriptPrivacy.shown(
            Self.cues(["Ms Bello", "Jo"]), of: testimony, named: false, safeLabels: [])
        #expect(shown.map(\.speaker) == ["Speaker 1", "Speaker 2"])
    }

    @Test("Named consent, and the team's view, keep every label")
    func namedKeeps() {
        let labels = ["A. Bello", "Jo Smith"]
        for (scope, named) in [(ConsentScope.publicNamed, true), (.publicNamed, false), (.publicAnonymised, true)] {
            let shown = TranscriptPrivacy.shown(
                Self.cues(labels), of: Self.testimony(scope: scope), named: named, safeLabels: [])
            #expect(shown.map(\.speaker) == labels, "\(scope) named \(named)")
        }
    }
}
