extension AccessPolicy {
    /// Whether `viewer` may code evidence and add codes: every workspace user, since the programme's partners and
    /// community researchers code alongside its evaluators.
    public static func canCode(as viewer: Viewer) -> Bool {
        viewer.role != nil
    }

    /// Whether `viewer` may rename, move, merge or delete codes, which changes everyone's coding: editors and admins.
    public static func canManageCodebook(as viewer: Viewer) -> Bool {
        (viewer.role ?? .contributor) >= .editor
    }

    /// Whether `viewer` may remove a note on a passage: its writer, or an editor (as for a coding).
    public static func canChange(_ annotation: Annotation, as viewer: Viewer) -> Bool {
        switch viewer {
        case .anonymous: false
        case .user(let id, let role, _): role >= .editor || annotation.coderID.rawValue == id.rawValue
        }
    }

    /// Whether `viewer` may remove or annotate `coding`: its own coder, or an editor.
    public static func canChange(_ coding: Coding, as viewer: Viewer) -> Bool {
        switch viewer {
        case .anonymous: false
        case .user(let id, let role, _): role >= .editor || coding.coderID.rawValue == id.rawValue
        }
    }
}

extension AccessPolicy {
    /// Whether `viewer` may add cases, set their attribute values, say which evidence belongs to them and read an
    /// attribute sheet: whoever may code, since cases are part of coding.
    public static func canKeepCases(as viewer: Viewer) -> Bool {
        canCode(as: viewer)
    }

    /// Whether `viewer` may define, change or remove case attributes (which changes every case) and remove cases:
    /// editors and admins, as for the codebook.
    public static func canManageCases(as viewer: Viewer) -> Bool {
        canManageCodebook(as: viewer)
    }
}
