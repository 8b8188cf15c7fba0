import Foundation
import ThreadlineFormats

/// Projects built in code for round-trip and validation tests.
enum Fixtures {
    static let alice = REFITestSupport.guid("{aaaaaaaa-0000-4000-8000-000000000001}")
    static let bob = REFITestSupport.guid("AAAAAAAA-0000-4000-8000-000000000002")
    static let parentCode = REFITestSupport.guid(100)
    static let childCode = REFITestSupport.guid(101)
    static let otherCode = REFITestSupport.guid(102)
    static let memo = REFITestSupport.guid(200)
    static let otherMemo = REFITestSupport.guid(201)

    /// Text with CRLF line ends, an emoji outside the BMP and XML-special characters.
    static let interviewText = "Q: How was it?\r\nA: Great 👍 & <fine>\r\nQ: \"Really\"?\r\n"

    /// A project exercising every modelled feature; `media` is a file on disk for the audio source.
    static func richProject(media: URL) -> QDAProject {
        let created = Date(timeIntervalSince1970: 1_700_000_000.25)
        let codes = [
            QDACode(
                guid: parentCode, name: "Feelings & <moods>", isCodable: false, color: "#FF8800",
                description: "Top level\nwith two lines",
                children: [QDACode(guid: childCode, name: "Positive", color: "#00AA00")], noteRefs: [memo]),
            QDACode(guid: otherCode, name: "Other \"quoted\""),
        ]
        let textSource = QDASource(
            guid: REFITestSupport.guid(300), name: "Interview 1", kind: .text, plainText: interviewText,
            originalFile: QDAFile(name: "interview.docx", contents: .bytes(Data("PK fake docx".utf8))),
            selections: [
                QDASelection(
                    guid: REFITestSupport.guid(301), name: "answer", range: .text(start: 16, end: 35),
                    creatingUser: alice, creationDateTime: created,
                    codings: [
                        QDACoding(guid: REFITestSupport.guid(302), codeGUID: childCode, creatingUser: bob),
                        QDACoding(guid: REFITestSupport.guid(303), codeGUID: otherCode),
                    ], noteRefs: [otherMemo])
            ], creatingUser: alice, creationDateTime: created, noteRefs: [memo],
            description: "First interview")
        let pdfSource = QDASource(
            guid: REFITestSupport.guid(400), name: "Report", kind: .pdf, plainText: "Page one.\nPage two.",
            textRepresentationGUID: REFITestSupport.guid(401),
            originalFile: QDAFile(name: "report.PDF", contents: .bytes(Data("%PDF-1.4 fake".utf8))),
            selections: [
                QDASelection(
                    guid: REFITestSupport.guid(402), range: .text(start: 10, end: 19),
                    codings: [QDACoding(guid: REFITestSupport.guid(403), codeGUID: otherCode)])
            ])
        let transcript = QDATranscript(
            guid: REFITestSupport.guid(510), name: "Transcript", plainText: "Hello there.\nGeneral Kenobi.",
            syncPoints: [
                QDASyncPoint(guid: REFITestSupport.guid(511), timeStampMs: 0, position: 0),
                QDASyncPoint(guid: REFITestSupport.guid(512), timeStampMs: 1500, position: 13),
                QDASyncPoint(guid: REFITestSupport.guid(513), timeStampMs: 3000, position: 28),
            ],
            selections: [
                QDASelection(
                    guid: REFITestSupport.guid(514), name: "reply",
                    range: .transcript(
                        fromSyncPoint: REFITestSupport.guid(512), toSyncPoint: REFITestSupport.guid(513)),
                    codings: [
                        QDACoding(guid: REFITestSupport.guid(515), codeGUID: childCode, creationDateTime: created)
                    ])
            ])
        let audioSource = QDASource(
            guid: REFITestSupport.guid(500), name: "Recording", kind: .audio,
            originalFile: QDAFile(name: "recording.m4a", contents: .file(media)),
            transcripts: [transcript],
            selections: [
                QDASelection(
                    guid: REFITestSupport.guid(520), range: .media(beginMs: 250, endMs: 1750),
                    codings: [QDACoding(guid: REFITestSupport.guid(521), codeGUID: otherCode)], noteRefs: [memo])
            ])
        let videoSource = QDASource(
            guid: REFITestSupport.guid(600), name: "Video", kind: .video,
            selections: [QDASelection(guid: REFITestSupport.guid(601), range: .media(beginMs: 0, endMs: 0))])
        let picture = QDASource(
            guid: REFITestSupport.guid(700), name: "Photo", kind: .picture,
            originalFile: QDAFile(name: "photo.jpg", contents: .bytes(Data([0xFF, 0xD8, 0xFF]))))
        return QDAProject(
            name: "Rich & <round> trip", origin: "Threadline tests", creatingUserGUID: alice,
            creationDateTime: created,
            users: [QDAUser(guid: alice, name: "Alice"), QDAUser(guid: bob, name: "Bob")],
            codes: codes, sources: [textSource, pdfSource, audioSource, videoSource, picture],
            cases: [
                QDACase(
                    guid: REFITestSupport.guid(800), name: "Participant A", description: "Case\tdescription",
                    codeRefs: [parentCode], sourceRefs: [REFITestSupport.guid(300), REFITestSupport.guid(500)])
            ],
            notes: [
                QDANote(guid: memo, name: "Memo", plainText: "Line 1\r\nLine 2", creatingUser: bob),
                QDANote(guid: otherMemo, name: "Second memo", plainText: "", creationDateTime: created),
            ])
    }
}
