import Foundation
import ThreadlineCore

/// The Counts and Measures workspace page.
public struct CountsWorkspaceViewModel: PageModel {
    public static let template = Template.workspaceCounts

    public var places: [CountsPlaceOption]
    public var placeName: String?
    public var placeID: String
    public var table: CountsMeasuresTable
    public var exportURL: String
    public var problems: [String]
    public var hasProblems: Bool
    public var csv: String
    public var notice: String?
    public var canPublish: Bool
    public var csrfToken: String
    public var columns: String

    /// Creates the value from each of its fields.
    public init(
        places: [CountsPlaceOption],
        placeName: String? = nil,
        placeID: String,
        table: CountsMeasuresTable,
        exportURL: String,
        problems: [String],
        hasProblems: Bool,
        csv: String,
        notice: String? = nil,
        canPublish: Bool,
        csrfToken: String,
        columns: String
    ) {
        self.places = places
        self.placeName = placeName
        self.placeID = placeID
        self.table = table
        self.exportURL = exportURL
        self.problems = problems
        self.hasProblems = hasProblems
        self.csv = csv
        self.notice = notice
        self.canPublish = canPublish
        self.csrfToken = csrfToken
        self.columns = columns
    }
}

/// One place in the chooser.
public struct CountsPlaceOption {
    public var id: String
    public var name: String
    public var isSelected: Bool

    /// Creates the value from each of its fields.
    public init(id: String, name: String, isSelected: Bool) {
        self.id = id
        self.name = name
        self.isSelected = isSelected
    }
}
