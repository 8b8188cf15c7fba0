@testable import ThreadlineCore

extension MaturityScale {
    /// The scale from the domain notes: 1 "not started" … 5 "embedded".
    static let fivePoint = MaturityScale(levels: [
        MaturityLevel(value: 1, descriptor: "not started"),
        MaturityLevel(value: 2, descriptor: "emerging"),
        MaturityLevel(value: 3, descriptor: "developing"),
        MaturityLevel(value: 4, descriptor: "established"),
        MaturityLevel(value: 5, descriptor: "embedded"),
    ])
}
