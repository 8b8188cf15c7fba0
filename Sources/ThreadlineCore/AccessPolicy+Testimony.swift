/// What a viewer may learn of a testimony, decided from its publication state and its consent.
public enum TestimonyDisclosure: Hashable, Sendable {
    /// Shown, attributed as `attribution` ("Amina Bello, youth worker, Salford" or "Youth worker, Salford").
    case shown(attribution: String, named: Bool)
    /// Not shown at all, for this reason.
    case hidden(HiddenReason)

    /// Why a testimony is hidden from a viewer.
    public enum HiddenReason: String, Hashable, Sendable {
        /// It is a draft.
        case draft
        /// Its consent keeps it inside the team.
        case internalOnly
        /// Its consent has ended.
        case expired
        /// Its consent was withdrawn.
        case withdrawn
    }

    /// Whether anything may be shown.
    public var isShown: Bool {
        if case .shown = self { return true }
        return false
    }
}

extension AccessPolicy {
    /// The one decision on what a viewer may see of a testimony, and of everything cut from it.
    ///
    /// Signed-in team members see all testimony, named, whatever its consent (the workspace shows the consent
    /// beside it). The public sees a testimony only when it is published, its consent is public, and that
    /// consent has neither ended nor been withdrawn on `today`; anonymised consent shows the speaker's role
    /// and place instead of their name.
    ///
    /// - Parameters:
    ///   - testimony: The testimony.
    ///   - placeName: The name of its place, when it has a published one, for the attribution.
    ///   - viewer: Who is looking.
    ///   - today: The day it is now (consent dates are days).
    public static func disclosure(
        of testimony: Testimony, placeName: String?, to viewer: Viewer, today: PartialDate
    ) -> TestimonyDisclosure {
        let role = testimony.speakerRole.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = testimony.speakerName.trimmingCharacters(in: .whitespacesAndNewlines)
        let place = placeName?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        func attribution(_ parts: [String]) -> String {
            let text = parts.filter { !$0.isEmpty }.joined(separator: ", ")
            guard let first = text.first else { return "A participant" }
            return first.uppercased() + text.dropFirst()
        }
        if viewer.role != nil {
            return .shown(attribution: attribution([name, role, place]), named: !name.isEmpty)
        }
        guard testimony.status == .published else { return .hidden(.draft) }
        switch testimony.consent.state(on: today) {
        case .withdrawn: return .hidden(.withdrawn)
        case .expired: return .hidden(.expired)
        case .current: break
        }
        switch testimony.consentScope {
        case .internalOnly:
            return .hidden(.internalOnly)
        case .publicAnonymised:
            return .shown(attribution: attribution([role, place]), named: false)
        case .publicNamed:
            return .shown(attribution: attribution([name, role, place]), named: !name.isEmpty)
        }
    }

    /// What a viewer may see of a clip: nothing unless the clip is published (or the viewer is on the team) and
    /// its testimony may be shown; then the testimony's attribution.
    public static func disclosure(
        of clip: Clip, in testimony: Testimony?, placeName: String?, to viewer: Viewer, today: PartialDate
    ) -> TestimonyDisclosure {
        guard let testimony, clip.testimonyID == testimony.id else { return .hidden(.draft) }
        if viewer.role == nil, clip.status != .published { return .hidden(.draft) }
        return disclosure(of: testimony, placeName: placeName, to: viewer, today: today)
    }
}
