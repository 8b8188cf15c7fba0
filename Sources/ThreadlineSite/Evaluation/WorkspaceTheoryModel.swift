import Foundation
import ThreadlineCore

/// One version of a theory in the workspace.
public struct WorkspaceTheoryModel: PageModel {
    public static let template = Template.workspaceTheory

    public var title: String
    public var cycle: String
    public var status: String
    public var enablerName: String?
    public var editURL: String
    public var newEvidenceURL: String
    public var contextHTML: String
    public var mechanismHTML: String
    public var outcomeHTML: String
    public var supporting: [WorkspaceEvidenceItem]
    public var hasSupporting: Bool
    public var challenging: [WorkspaceEvidenceItem]
    public var hasChallenging: Bool
    public var versions: [WorkspaceTheoryVersion]

    /// Creates the value from each of its fields.
    public init(
        title: String,
        cycle: String,
        status: String,
        enablerName: String? = nil,
        editURL: String,
        newEvidenceURL: String,
        contextHTML: String,
        mechanismHTML: String,
        outcomeHTML: String,
        supporting: [WorkspaceEvidenceItem],
        hasSupporting: Bool,
        challenging: [WorkspaceEvidenceItem],
        hasChallenging: Bool,
        versions: [WorkspaceTheoryVersion]
    ) {
        self.title = title
        self.cycle = cycle
        self.status = status
        self.enablerName = enablerName
        self.editURL = editURL
        self.newEvidenceURL = newEvidenceURL
        self.contextHTML = contextHTML
        self.mechanismHTML = mechanismHTML
        self.outcomeHTML = outcomeHTML
        self.supporting = supporting
        self.hasSupporting = hasSupporting
        self.challenging = challenging
        self.hasChallenging = hasChallenging
        self.versions = versions
    }
}

/// One evidence link in the workspace.
public struct WorkspaceEvidenceItem {
    public var kindLabel: String
    public var title: String
    public var url: String?
    public var note: String?
    public var status: String
    public var editURL: String

    /// Creates the value from each of its fields.
    public init(
        kindLabel: String,
        title: String,
        url: String? = nil,
        note: String? = nil,
        status: String,
        editURL: String
    ) {
        self.kindLabel = kindLabel
        self.title = title
        self.url = url
        self.note = note
        self.status = status
        self.editURL = editURL
    }
}

/// One version in the workspace history.
public struct WorkspaceTheoryVersion {
    public var title: String
    public var cycle: String
    public var url: String
    public var status: String
    public var isCurrent: Bool
    public var changeNote: String?

    /// Creates the value from each of its fields.
    public init(title: String, cycle: String, url: String, status: String, isCurrent: Bool, changeNote: String? = nil) {
        self.title = title
        self.cycle = cycle
        self.url = url
        self.status = status
        self.isCurrent = isCurrent
        self.changeNote = changeNote
    }
}
