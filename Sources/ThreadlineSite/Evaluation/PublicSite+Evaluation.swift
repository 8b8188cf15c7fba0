import Foundation
import ThreadlineCore
import ThreadlineStore

/// The public pages of the evaluation's own evidence: reflective logs, programme theories, and a place's Counts and
/// Measures. Only published items appear; evidence cited by a theory appears only while the public may see it.
extension PublicSite {
    /// A reflective log's page, or `nil`.
    public func reflectiveLog(slug: String) async throws -> String? {
        guard let log = try await store.reflectiveLogs.get(slug: slug), AccessPolicy.canView(log, as: .anonymous)
        else { return nil }
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let place = lookup.placeLink(log.placeID)
        let enablers = log.enablerIDs.compactMap { id -> NamedLink? in
            let link = lookup.enablerLink(id)
            guard let name = link.name, let url = link.url else { return nil }
            return NamedLink(name: name, url: url)
        }
        let examples = try await store.countsExamples.get(ids: log.exampleIDs)
            .filter { AccessPolicy.canView($0, as: .anonymous) && $0.placeID != nil }
            .compactMap { example -> NamedLink? in
                guard let placeURL = lookup.placeLink(example.placeID).url else { return nil }
                return NamedLink(
                    name: "\(example.title) (\(example.period))", url: "\(placeURL)#example-\(example.id)")
            }
        let model = ReflectiveLogViewModel(
            title: log.title, dateText: log.date?.displayText, dateISO: log.date?.description,
            placeName: place.name, placeURL: place.url, enablers: enablers, hasEnablers: !enablers.isEmpty,
            credit: log.credit.nonBlank, whatHTML: renderer.html(log.what),
            soWhatHTML: log.soWhat.nonBlank.map { renderer.html($0) },
            nowWhatHTML: log.nowWhat.nonBlank.map { renderer.html($0) }, examples: examples,
            hasExamples: !examples.isEmpty)
        return renderer.page(
            model,
            layout: layout(log.title, programme, section: "places", description: "A reflective log"))
    }

    /// The published programme theories, the latest version of each, by enabler.
    public func theoryList() async throws -> String {
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let history = TheoryHistory(try await store.programmeTheories.all()) {
            AccessPolicy.canView($0, as: .anonymous)
        }
        var groups: [TheoryGroup] = []
        let enablers = lookup.enablers.values.sorted { ($0.number, $0.name) < ($1.number, $1.name) }
        for enabler in enablers {
            let latest = history.latestVersions.filter { $0.enablerID == enabler.id }
            guard !latest.isEmpty else { continue }
            groups.append(
                TheoryGroup(
                    enablerName: "\(enabler.number). \(enabler.name)", enablerURL: SiteURL.of(enabler),
                    anchor: "enabler-\(enabler.number)",
                    theories: latest.map { theory in
                        let earlier = history.earlierVersions(of: theory).count
                        return TheoryListItem(
                            title: theory.title, url: SiteURL.of(theory), cycle: theory.cycle, earlierCount: earlier,
                            hasEarlier: earlier > 0)
                    }))
        }
        return renderer.page(
            TheoryListViewModel(groups: groups, hasGroups: !groups.isEmpty),
            layout: layout("Programme theories", programme, section: "theories"))
    }

    /// A version of a programme theory, or `nil`.
    public func theory(slug: String) async throws -> String? {
        guard let theory = try await store.programmeTheories.get(slug: slug),
            AccessPolicy.canView(theory, as: .anonymous)
        else { return nil }
        let programme = try await store.programme.get()
        let lookup = try await lookup()
        let enabler = lookup.enablerLink(theory.enablerID)
        let links = try await store.theoryEvidence.all(ContentQuery(status: .published))
            .filter { $0.theoryID == theory.id }
        var supporting: [EvidenceLinkItem] = []
        var challenging: [EvidenceLinkItem] = []
        for link in links {
            guard let item = try await publicEvidence(link, lookup: lookup) else { continue }
            if link.stance == .challenges { challenging.append(item) } else { supporting.append(item) }
        }
        let history = TheoryHistory(try await store.programmeTheories.all()) {
            AccessPolicy.canView($0, as: .anonymous)
        }
        let versions = history.chain(through: theory)
        let model = TheoryViewModel(
            title: theory.title, cycle: theory.cycle, enablerName: enabler.name, enablerURL: enabler.url,
            contextHTML: renderer.html(theory.context), mechanismHTML: renderer.html(theory.mechanism),
            outcomeHTML: renderer.html(theory.outcome),
            changeNoteHTML: theory.changeNote.nonBlank.map { renderer.html($0) }, supporting: supporting,
            hasSupporting: !supporting.isEmpty, challenging: challenging, hasChallenging: !challenging.isEmpty,
            history: versions.map { version in
                TheoryVersionItem(
                    title: version.title, cycle: version.cycle, url: SiteURL.of(version),
                    isCurrent: version.id == theory.id, changeNote: version.changeNote.nonBlank)
            },
            hasHistory: versions.count > 1)
        return renderer.page(
            model,
            layout: layout(
                "\(theory.title) (\(theory.cycle))", programme, section: "theories",
                description: "A programme theory"))
    }

    /// The evidence a link cites, if the public may see it today.
    private func publicEvidence(_ link: TheoryEvidence, lookup: Lookup) async throws -> EvidenceLinkItem? {
        let note = link.note.nonBlank
        func item(_ kind: EntityKind, _ title: String, _ url: String) -> EvidenceLinkItem {
            EvidenceLinkItem(kindLabel: kind.singularName.capitalizedFirst, title: title, url: url, note: note)
        }
        switch link.evidence?.kind {
        case .story:
            guard let story = try await link.storyID.asyncMap({ try await store.stories.get($0) }) ?? nil,
                AccessPolicy.canView(story, as: .anonymous)
            else { return nil }
            return item(.story, story.title, SiteURL.of(story))
        case .caseStudy:
            guard let study = try await link.caseStudyID.asyncMap({ try await store.caseStudies.get($0) }) ?? nil,
                AccessPolicy.canView(study, as: .anonymous)
            else { return nil }
            return item(.caseStudy, study.title, SiteURL.of(study))
        case .reflectiveLog:
            guard let log = try await link.reflectiveLogID.asyncMap({ try await store.reflectiveLogs.get($0) }) ?? nil,
                AccessPolicy.canView(log, as: .anonymous)
            else { return nil }
            return item(.reflectiveLog, log.title, SiteURL.of(log))
        case .countsExample:
            guard let example = try await link.exampleID.asyncMap({ try await store.countsExamples.get($0) }) ?? nil,
                AccessPolicy.canView(example, as: .anonymous), let placeURL = lookup.placeLink(example.placeID).url
            else { return nil }
            return item(.countsExample, example.title, "\(placeURL)#example-\(example.id)")
        case .testimony:
            guard let testimony = try await link.testimonyID.asyncMap({ try await store.testimonies.get($0) }) ?? nil,
                case .shown = AccessPolicy.disclosure(
                    of: testimony, placeName: lookup.placeLink(testimony.placeID).name, to: .anonymous, today: today)
            else { return nil }
            return item(.testimony, testimony.title, SiteURL.of(testimony))
        case .clip:
            guard let clip = try await link.clipID.asyncMap({ try await store.clips.get($0) }) ?? nil,
                let testimony = try await clip.testimonyID.asyncMap({ try await store.testimonies.get($0) }) ?? nil,
                case .shown = AccessPolicy.disclosure(
                    of: clip, in: testimony, placeName: lookup.placeLink(testimony.placeID).name, to: .anonymous,
                    today: today)
            else { return nil }
            return item(.clip, clip.displayTitle, SiteURL.of(clip))
        default:
            return nil
        }
    }

    /// A place's reflective logs and Counts and Measures, as the public may see them.
    public func placeEvaluation(_ place: Place, lookup: Lookup) async throws -> (
        logs: [LinkItem], counts: CountsMeasuresTable
    ) {
        let byPlace = ContentQuery(status: .published, placeID: place.id)
        let logs = try await store.reflectiveLogs.all(byPlace)
            .filter { AccessPolicy.canView($0, as: .anonymous) }
            .sorted { ($0.date?.description ?? "", $0.title) > ($1.date?.description ?? "", $1.title) }
            .map { log in
                LinkItem(
                    title: log.title, url: SiteURL.of(log),
                    summary: [log.date?.displayText, log.credit.nonBlank].compactMap { $0 }.joined(separator: " · ")
                        .nonBlank)
            }
        let figures = try await store.indicatorFigures.all(byPlace)
        let indicators = try await store.indicators.all(ContentQuery(status: .published))
        let examples = try await store.countsExamples.all(byPlace)
        let counts = CountsMeasuresTable.build(
            placeName: place.name, indicators: indicators, figures: figures, examples: examples,
            enablers: Array(lookup.enablers.values), html: { renderer.html($0) })
        return (logs, counts)
    }
}
