import Foundation
import Hummingbird
import ThreadlineCharts
import ThreadlineCore
import ThreadlineSite
import ThreadlineStore

/// `/workspace/networks/{id}/results`: a wave's figures (density, reciprocity, centralization, reach, trust, value,
/// completion), its diagram with a trust filter, every organisation and tie as tables (the diagram's text
/// alternative), and, when asked, another wave side by side with the change between them in words.
struct NetworkResultsController {
    let networks: any NetworkRepository
    let chrome: WorkspaceChrome

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("networks/:id/results") { request, context in
            try await results(request, context).response(from: context)
        }
    }

    /// The trust filters offered: every tie, or ties rated at least 2, 3 or 4.
    static let trustChoices: [(value: String, label: String)] = [
        ("", "Every tie"), ("2", "Ties trusted 2 or more"), ("3", "Ties trusted 3 or more"),
        ("4", "Ties trusted 4 (a great deal)"),
    ]

    private func results(_ request: Request, _ context: AppRequestContext) async throws -> HTMLPage {
        let session = try context.requireSession()
        guard AccessPolicy.canReadNetworks(as: context.viewer) else { throw HTTPError(.forbidden) }
        guard let id = NetworkWave.ID(context.slug(parameter: "id")), let wave = try await networks.wave(id)
        else { throw HTTPError(.notFound) }
        let trustText = request.uri.queryParameters.get("trust") ?? ""
        let minimumTrust = Int(trustText).flatMap { NetworkScale.ratings.contains($0) ? Double($0) : nil }
        let compareText = request.uri.queryParameters.get("compare") ?? ""
        let waves = try await networks.waves()
        let other = waves.first { $0.id.description == compareText && $0.id != wave.id }

        let graph = try await networks.graph(of: wave.id)
        let metrics = try Self.metrics(graph)
        var shown = [(wave, graph, metrics)]
        var change: NetworkChange?
        if let other {
            let otherGraph = try await networks.graph(of: other.id)
            shown.append((other, otherGraph, try Self.metrics(otherGraph)))
            // The change always runs forward in time, whichever of the two waves the page is for.
            shown.sort { Self.isEarlier($0.0, than: $1.0) }
            change = NetworkChange(
                from: shown[0].2, to: shown[1].2, earlierGraph: shown[0].1, laterGraph: shown[1].1)
        }
        // Both drawings colour a sector alike and size a circle alike, so the two can be read side by side.
        let sectors = Set(shown.flatMap { $0.1.members.map(\.sector) }).sorted()
        let largestDegree = shown.flatMap { $0.2.members.map { $0.inDegree + $0.outDegree } }.max()
        let diagram = NetworkDiagram(
            sectors: sectors, width: shown.count > 1 ? 560 : 720, height: 480, largestDegree: largestDegree)
        let waveNodes = shown.map { Self.nodes($0.1, $0.2) }
        let waveTies = shown.map { entry in
            entry.1.ties.map { NetworkDiagramTie(from: $0.from, to: $0.to, trust: $0.trustScore) }
        }
        // One layout for every organisation of both waves: each keeps its place from one drawing to the other.
        let positions = diagram.layout(nodes: waveNodes.flatMap { $0 }, ties: waveTies.flatMap { $0 })
        let diagrams = shown.enumerated().map { index, entry in
            NetworkDiagramView(
                caption: "\(entry.0.name) (\(entry.0.period.label)): \(entry.2.memberCount) organisations, "
                    + "\(entry.2.tieCount) ties.",
                svg: diagram.svg(
                    title: "Partnership network: \(entry.0.name)", nodes: waveNodes[index], ties: waveTies[index],
                    minimumTrust: minimumTrust, idPrefix: "network-\(index)", positions: positions))
        }
        let names = Dictionary(graph.members.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
        let shownTies = graph.ties.filter { tie in
            guard let minimumTrust else { return true }
            return (tie.trustScore ?? 0) >= minimumTrust
        }
        let model = NetworkResultsViewModel(
            heading: "Results: \(wave.name)", base: "/workspace/networks/\(wave.id)",
            trustOptions: Self.trustChoices.map {
                OptionView(value: $0.value, label: $0.label, isSelected: $0.value == trustText)
            },
            compareOptions: [OptionView(value: "", label: "No other wave", isSelected: other == nil)]
                + waves.filter { $0.id != wave.id }.map {
                    OptionView(
                        value: $0.id.description, label: "\($0.name) (\($0.period))", isSelected: $0.id == other?.id)
                },
            filterText: minimumTrust.map {
                "Showing ties trusted \(Int($0)) or more (of 4); ties nobody rated for trust are left out."
            } ?? "Showing every tie.",
            figureHeadings: shown.count > 1 ? [shown[0].0.name, shown[1].0.name, "Change"] : [wave.name],
            figures: shown.count > 1
                ? NetworkFigureRows.rows(later: shown[1].2, earlier: shown[0].2)
                : NetworkFigureRows.rows(later: metrics, earlier: nil),
            changeSentences: change.map { $0.sentences() } ?? [], hasChange: change != nil,
            diagrams: diagrams, isSideBySide: diagrams.count > 1,
            organisations: zip(graph.members, metrics.members).map { member, figures in
                NetworkOrganisationRowView(
                    name: member.name,
                    sectorText: [member.sector, member.type].filter { !$0.isEmpty }.joined(separator: " · "),
                    inDegree: figures.inDegree, outDegree: figures.outDegree,
                    betweenness: FixedDecimal.string(figures.betweenness, places: 3),
                    reach: NetworkFigureRows.percent(figures.reach),
                    trust: NetworkFigureRows.rating(figures.trust, count: figures.trustRatings),
                    value: NetworkFigureRows.rating(figures.value, count: figures.valueRatings))
            }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending },
            hasOrganisations: !graph.members.isEmpty,
            ties: shownTies.map { tie in
                NetworkTieRowView(
                    from: names[tie.from] ?? tie.from, to: names[tie.to] ?? tie.to,
                    frequency: tie.frequency.flatMap(NetworkScale.frequencyLabel) ?? "Not answered",
                    trust: tie.trustScore.map { FixedDecimal.string($0) } ?? "Not answered",
                    value: tie.valueScore.map { FixedDecimal.string($0) } ?? "Not answered")
            },
            tiesCaption: "Every tie shown (\(shownTies.count) of \(graph.ties.count)), from the organisation that "
                + "answered to the one it answered about",
            hasTies: !shownTies.isEmpty)
        return try await chrome.page(
            model, title: model.heading, section: "networks", session: session)
    }

    /// Whether `first` describes an earlier time than `second`: by period, then by when each was made.
    static func isEarlier(_ first: NetworkWave, than second: NetworkWave) -> Bool {
        (first.period, first.createdAt) < (second.period, second.createdAt)
    }

    /// The metrics of a stored wave; the store only keeps graphs the metrics can read, so a failure is a fault.
    static func metrics(_ graph: NetworkGraph) throws -> NetworkMetrics {
        do {
            return try NetworkMetrics(graph)
        } catch {
            throw HTTPError(.internalServerError, message: "The wave's ties cannot be read: \(error.description)")
        }
    }

    static func nodes(_ graph: NetworkGraph, _ metrics: NetworkMetrics) -> [NetworkDiagramNode] {
        zip(graph.members, metrics.members).map { member, figures in
            NetworkDiagramNode(
                key: member.key, name: member.name, sector: member.sector,
                degree: figures.inDegree + figures.outDegree)
        }
    }
}
