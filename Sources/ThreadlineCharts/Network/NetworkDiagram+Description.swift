extension NetworkDiagram {
    /// The `<desc>` text: how many organisations and sectors, how many ties are shown and why, and how to read
    /// the arrows. For example "12 organisations in 3 sectors. Showing 12 of 30 ties: those rated 3 or more for
    /// trust. …".
    static func description(
        graph: DiagramGraph,
        shownTieCount: Int,
        minimumTrust: Double?,
        sectorCount: Int
    ) -> String {
        let organisations = counted(graph.nodes.count, "organisation", "organisations")
        let sectors = counted(sectorCount, "sector", "sectors")
        var text = "\(organisations) in \(sectors)."
        let totalTies = graph.ties.count
        if totalTies == 0 {
            return text + " There are no ties between them."
        }
        if let minimumTrust {
            text +=
                " Showing \(shownTieCount) of \(counted(totalTies, "tie", "ties")): those rated "
                + "\(SVGNumber.format(minimumTrust, decimals: 2)) or more for trust."
        } else {
            text += totalTies == 1 ? " Showing the one tie." : " Showing all \(totalTies) ties."
        }
        if shownTieCount > 0 {
            text +=
                " Arrows show each tie's direction; a line with arrowheads at both ends is a mutual tie."
        }
        return text + " Circle size shows the number of ties; colour and the legend show the sector."
    }

    private static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
