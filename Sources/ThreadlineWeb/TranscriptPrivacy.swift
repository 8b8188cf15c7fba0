import ThreadlineCore

/// What the public may read of a transcript: with anonymised consent, a cue labelled with the speaker's name is
/// labelled with their role instead, in captions, the interactive transcript and downloads alike.
///
/// Only labels can be changed safely: a name spoken inside the text is the team's to edit out before publishing.
enum TranscriptPrivacy {
    static func shown(_ cues: [TranscriptCue], of testimony: Testimony, named: Bool) -> [TranscriptCue] {
        let name = testimony.speakerName.trimmingCharacters(in: .whitespaces).lowercased()
        guard !named, !name.isEmpty else { return cues }
        let role = testimony.speakerRole.trimmingCharacters(in: .whitespaces)
        let label = role.isEmpty ? "Speaker" : role.prefix(1).uppercased() + role.dropFirst()
        return cues.map { cue in
            var cue = cue
            if let speaker = cue.speaker?.trimmingCharacters(in: .whitespaces).lowercased(),
                speaker == name || name.split(separator: " ").contains(Substring(speaker))
            {
                cue.speaker = label
            }
            return cue
        }
    }
}
