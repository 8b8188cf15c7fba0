import Foundation

/// What the public may read of a transcript's speaker labels.
///
/// With anonymised consent nobody's name may reach the public, and a label can name someone in more ways than
/// anyone can list ("A. Bello", "Ms Bello", "Amina Bello (participant)", a nickname). So the rule allows rather
/// than forbids: a label is shown as written only when it is on a short allow-list — `Interviewer`,
/// `Facilitator`, the speaker's recorded role, and labels an editor has marked safe for this testimony. Every
/// other label is replaced: a label that shares a word with the speaker's recorded name becomes their role, and
/// each remaining label becomes "Speaker 2", "Speaker 3"… in order of first appearance (counting from "Speaker 1"
/// when no label shares a word with the name — always so when no name is recorded), skipping any number a shown
/// label already reads as. A label is never guessed safe, so a blank name field hides every label outside the
/// list.
///
/// Named consent, and the team's own view, show labels as written. Only labels can be changed safely: a name
/// spoken inside the text is the team's to edit out before publishing.
public enum TranscriptPrivacy {
    /// The labels safe under anonymised consent for every testimony: they name a part, not a person.
    public static let standardSafeLabels = ["Interviewer", "Facilitator"]

    /// The cues as a viewer may read them.
    ///
    /// - Parameters:
    ///   - cues: The transcript.
    ///   - testimony: Its testimony (consent, speaker's name and role).
    ///   - named: Whether the viewer may know the speaker's name (`TestimonyDisclosure.shown`'s `named`, or true
    ///     for the team).
    ///   - safeLabels: The labels an editor has marked safe for this testimony.
    public static func shown(
        _ cues: [TranscriptCue], of testimony: Testimony, named: Bool, safeLabels: [String]
    ) -> [TranscriptCue] {
        guard anonymises(testimony, named: named) else { return cues }
        let replacements = publicLabels(
            for: cues.compactMap(\.speaker), of: testimony, safeLabels: safeLabels)
        return cues.map { cue in
            var cue = cue
            if let speaker = cue.speaker, let replacement = replacements[speaker] { cue.speaker = replacement }
            return cue
        }
    }

    /// Whether labels are rewritten for this viewer: only where consent is anonymised and the viewer may not know
    /// the name. (Named consent with a blank name field is still consent to be named.)
    public static func anonymises(_ testimony: Testimony, named: Bool) -> Bool {
        !named && testimony.consentScope == .publicAnonymised
    }

    /// What the public sees for each distinct label of `labels` under anonymised consent: the label itself when it
    /// is allowed, otherwise its replacement. A blank label maps to itself.
    public static func publicLabels(
        for labels: [String], of testimony: Testimony, safeLabels: [String]
    ) -> [String: String] {
        // Labels that differ only in case or spacing are one person's.
        var keys: [String] = []
        var seen: Set<String> = []
        for label in labels where seen.insert(key(label)).inserted { keys.append(key(label)) }
        let role = testimony.speakerRole.trimmingCharacters(in: .whitespacesAndNewlines)
        let allowed = Set((standardSafeLabels + safeLabels + [role]).map(key).filter { !$0.isEmpty })
        let nameWords = Set(words(of: testimony.speakerName).filter { $0.count >= 2 })
        let speakers = Set(
            keys.filter { !allowed.contains($0) && !nameWords.isDisjoint(with: words(of: $0)) })
        let roleLabel = role.isEmpty ? "Speaker 1" : role.prefix(1).uppercased() + role.dropFirst()
        // A number is never one a shown label already reads as, so two people never read as one.
        var taken = allowed
        if !speakers.isEmpty {
            // The speaker is the first; the others count on from 2.
            taken.insert(key(roleLabel))
            taken.insert(key("Speaker 1"))
        }
        var next = 1
        var replacement: [String: String] = [:]
        for labelKey in keys where !labelKey.isEmpty && !allowed.contains(labelKey) {
            if speakers.contains(labelKey) {
                replacement[labelKey] = roleLabel
                continue
            }
            while taken.contains(key("Speaker \(next)")) { next += 1 }
            replacement[labelKey] = "Speaker \(next)"
            taken.insert(key("Speaker \(next)"))
        }
        var result: [String: String] = [:]
        for label in labels { result[label] = replacement[key(label)] ?? label }
        return result
    }

    /// A label as compared: spaces trimmed and collapsed, case and accents folded.
    public static func key(_ label: String) -> String {
        label.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The words of a name or label, folded, split at anything that is not a letter or digit.
    private static func words(of text: String) -> Set<String> {
        Set(
            key(text).split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
}
