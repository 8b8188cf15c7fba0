import Testing
import ThreadlineCore

@Suite("Search kind filters")
struct SearchKindFilterTests {
    @Test("every kind is reachable from a filter the form offers, and the message for a wrong one names them all")
    func filtersCoverEveryKind() {
        let offered = SearchKind.filters.map(\.name)
        #expect(Set(offered).count == offered.count)
        for kind in SearchKind.allCases {
            #expect(offered.contains(kind.filterName), "\(kind) has no filter the form offers")
        }
        for name in offered {
            #expect(!SearchKind.kinds(forFilter: name).isEmpty, "\(name) selects nothing")
            #expect(SearchKind.unknownFilterMessage.contains(name), "the message leaves out \(name)")
        }
        #expect(SearchKind.unknownFilterMessage.hasSuffix("reflective-logs or theories."))
    }
}
