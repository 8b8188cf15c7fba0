import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@Suite("Counts and Measures, reflective logs and programme theories on the web")
struct EvaluationWebTests {
    @Test("a place page shows its published figures by period with sparklines, and its examples and logs")
    func placePage() async throws {
        try await withApp { hub, client in
            let page = try await client.execute(uri: "/places/stockport", method: .get).text
            let counts = try #require(htmlSection(page, id: "counts-title"))
            #expect(counts.contains("<p class=\"table-caption\" id=\"counts-caption-2\">"))
            #expect(counts.contains("<table class=\"counts\" aria-labelledby=\"counts-caption-2\">"))
            #expect(counts.contains("Organisations in the local partnership"))
            #expect(counts.contains("<abbr title=\"January–June 2022\">2022 H1</abbr>"))
            // Stockport has no learning-session figure for 2023 H1: the cell says so and the sparkline has a gap.
            #expect(page.contains("<span class=\"visually-hidden\">no figure</span>"))
            #expect(counts.contains("class=\"sparkline\""))
            #expect(counts.contains("From 14 organisations in 2022 H1 to 26 organisations in 2024 H1"))
            #expect(page.contains("Steering group handed over to ONE Stockport"))
            #expect(page.contains("href=\"/reflective-logs/stockport-after-the-steering-group\""))

            // A draft figure stays off the public page until it is published.
            let stockport = try await hub.place("stockport")
            let indicator = try #require(try await hub.store.indicators.all().first { $0.name.hasPrefix("Partners") })
            try await hub.store.indicatorFigures.create(
                IndicatorFigure(
                    id: IndicatorFigure.ID(UUID()), placeID: stockport.id, indicatorID: indicator.id,
                    period: "2024 H2", value: 987_654, createdAt: TestHub.now))
            let again = try await client.execute(uri: "/places/stockport", method: .get).text
            #expect(!again.contains("987,654"))
        }
    }

    @Test("a reflective log has its own page with What?, So what? and Now what?; a draft log has none")
    func reflectiveLogPage() async throws {
        try await withApp { hub, client in
            let response = try await client.execute(uri: "/reflective-logs/salford-one-summer-plan", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            for heading in ["What?", "So what?", "Now what?"] { #expect(page.contains(">\(heading)</h2>")) }
            #expect(page.contains("Leisure and youth service plan together"))
            #expect(page.contains("href=\"/places/salford\""))

            var log = try #require(try await hub.store.reflectiveLogs.get(slug: "salford-one-summer-plan"))
            log.status = .draft
            try await hub.store.reflectiveLogs.update(log)
            let hidden = try await client.execute(uri: "/reflective-logs/salford-one-summer-plan", method: .get)
            #expect(hidden.status == .notFound)
        }
    }

    @Test("search finds reflective logs and theories by their words, the public only published ones")
    func search() async throws {
        try await withApp { hub, client in
            let found = try await client.execute(uri: "/search?q=rotas+OR+venues&kind=reflective-logs", method: .get)
            #expect(found.text.contains("href=\"/reflective-logs/salford-one-summer-plan\""))
            let theories = try await client.execute(uri: "/search?q=%22protected+time%22", method: .get).text
            #expect(theories.contains("href=\"/theories/working-across-sectors-2022-23\""))
        }
    }

    @Test("a theory page shows its context, mechanism and outcome, evidence for and against, and its history")
    func theoryPage() async throws {
        try await withApp { hub, client in
            let page = try await client.execute(uri: "/theories/working-across-sectors-2022-23", method: .get).text
            #expect(page.contains("<dt>Mechanism</dt>"))
            let supporting = try #require(htmlSection(page, id: "supporting-title"))
            #expect(supporting.contains("href=\"/stories/salford-leisure-and-youth-service-partnership\""))
            #expect(supporting.contains("href=\"/testimony/00000000-0000-4000-8000-000000000901\""))
            let challenging = try #require(htmlSection(page, id: "challenging-title"))
            #expect(challenging.contains("href=\"/reflective-logs/salford-one-summer-plan\""))
            let history = try #require(htmlSection(page, id: "history-title"))
            let earlier = try #require(offset(of: "/theories/working-across-sectors-2021-22", in: history))
            let current = try #require(offset(of: "— this version", in: history))
            #expect(earlier < current)

            let list = try await client.execute(uri: "/theories", method: .get).text
            #expect(list.contains("href=\"/theories/working-across-sectors-2022-23\""))
            // The list offers the latest version of each theory, not the one it replaced.
            #expect(!list.contains("href=\"/theories/working-across-sectors-2021-22\""))
            let older = try await client.execute(uri: "/theories/working-across-sectors-2021-22", method: .get).text
            #expect(older.contains("href=\"/theories/working-across-sectors-2022-23\""))
        }
    }

    @Test("testimony whose consent was withdrawn disappears from the theories that cite it")
    func withdrawnEvidence() async throws {
        try await withApp { hub, client in
            var testimony = try #require(
                try await hub.store.testimonies.get(Testimony.ID("00000000-0000-4000-8000-000000000901")!))
            testimony.consent.withdrawnOn = PartialDate("2023-01-01")
            try await hub.store.testimonies.update(testimony)
            let page = try await client.execute(uri: "/theories/working-across-sectors-2022-23", method: .get).text
            #expect(!page.contains("/testimony/00000000-0000-4000-8000-000000000901"))
            #expect(!page.contains(escaped(testimony.title)))
        }
    }

    @Test("a CSV import adds and corrects figures and examples; importing the same file again changes nothing")
    func importCSV() async throws {
        try await withApp { hub, client in
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let csv = """
                place,period,enabler,indicator,unit,value,example\r
                Wigan,2024 H1,2,Clubs in the network,clubs,"1,200",\r
                wigan,2024 H2,Effective work across and between sectors,Clubs in the network,,1250.5,\r
                Stockport,2024 H1,2,Organisations in the local partnership,,27,\r
                Wigan,2024 H1,5,,,,"Coaches ran sessions in two new parks, with =SUM(1) in the notes"\r

                """
            let first = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", csv), ("publish", "yes")]))
            #expect(first.status == .ok)
            #expect(
                first.text.contains(
                    "Imported: 2 new figures, 1 changed figure, 1 new example, 1 new indicator; 0 rows were already there."
                ))
            let indicator = try #require(
                try await hub.store.indicators.all().first { $0.name == "Clubs in the network" })
            #expect(indicator.unit == "clubs")
            #expect(indicator.status == .published)
            let wigan = try await hub.place("wigan")
            let values = try await hub.store.indicatorFigures.all(ContentQuery(placeID: wigan.id)).compactMap(\.value)
            #expect(values.sorted() == [1_200, 1_250.5])
            let stockport = try await hub.place("stockport")
            let corrected = try await hub.store.indicatorFigures.all(ContentQuery(placeID: stockport.id))
                .filter { $0.period == "2024 H1" && $0.indicatorID != nil }
            #expect(corrected.contains { $0.value == 27 })

            let count = try await hub.store.contentCount()
            let second = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", csv), ("publish", "yes")]))
            #expect(second.text.contains("0 new figures, 0 changed figures, 0 new examples, 0 new indicators; 4 rows"))
            #expect(try await hub.store.contentCount() == count)

            // The export reads back as the same rows, with the example's formula guarded.
            let export = try await client.execute(
                uri: "/workspace/counts/export.csv?place=\(wigan.id)", method: .get, headers: session.headers)
            #expect(export.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(export.text.hasPrefix("place,period,enabler,indicator,unit,value,example\r\n"))
            #expect(
                export.text.contains(
                    "Wigan,2024 H1,Effective work across and between sectors,Clubs in the network,clubs,1200,"))
            #expect(
                export.text.contains(
                    "Wigan,2024 H2,Effective work across and between sectors,Clubs in the network,clubs,1250.5,"))
        }
    }

    @Test("a CSV with bad rows lists each with its line and imports nothing")
    func refusedCSV() async throws {
        try await withApp { hub, client in
            try await hub.store.users.setPlaces([try await hub.place("wigan").id], of: hub.contributor.id)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let csv = """
                place,period,enabler,indicator,unit,value,example
                Wigan,2024 H1,2,Clubs in the network,clubs,12,
                Atlantis,2024 H1,2,Clubs in the network,clubs,13,
                Wigan,2024 H3,2,Clubs in the network,clubs,14,
                Wigan,2024 H2,9,Clubs in the network,clubs,15,
                Wigan,2024 H2,2,Brand new thing,,16,
                Wigan,2024 H1,4,Organisations in the local partnership,,17,
                Wigan,2024 H1,2,Clubs in the network,clubs,18,
                Wigan,2024 H1,2,Clubs in the network,clubs,£12,
                """
            let before = try await hub.store.contentCount()
            let response = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", csv)]))
            #expect(response.status == .unprocessableContent)
            let page = response.text
            // Values that cannot be read (a period, a number) are found while reading, each with its line.
            #expect(page.contains("Line 4, period:"))
            #expect(page.contains("Line 9, value:"))
            #expect(page.contains("Nothing was imported."))
            #expect(try await hub.store.contentCount() == before)

            // Rows that read well but name nothing known, or contradict what is stored or each other.
            let lookups = """
                place,period,enabler,indicator,unit,value,example
                Wigan,2024 H1,2,Clubs in the network,clubs,12,
                Atlantis,2024 H1,2,Clubs in the network,clubs,13,
                Wigan,2009 H1,2,Clubs in the network,clubs,14,
                Wigan,2024 H2,9,Clubs in the network,clubs,15,
                Wigan,2024 H2,2,Brand new thing,,16,
                Wigan,2024 H1,4,Organisations in the local partnership,,17,
                Wigan,2024 H1,2,Clubs in the network,clubs,18,
                """
            let second = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", lookups)]))
            let text = second.text
            #expect(second.status == .unprocessableContent)
            #expect(text.contains("Line 3, place: no place is called &quot;Atlantis&quot;"))
            #expect(text.contains("Line 4, period: 2009 H1 is outside the periods the programme records."))
            #expect(text.contains("Line 5, enabler: no system enabler is &quot;9&quot;"))
            #expect(text.contains("Line 6, unit: &quot;Brand new thing&quot; is a new indicator"))
            #expect(
                text.contains(
                    "Line 7, indicator: &quot;Organisations in the local partnership&quot; is an indicator of 2."))
            #expect(text.contains("Line 8, value: line 2 already gives Clubs in the network for Wigan in 2024 H1."))
            #expect(try await hub.store.contentCount() == before)

            let headers = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", "town,period,enabler\nWigan,2024 H1,2\n")]))
            #expect(headers.status == .unprocessableContent)
            #expect(headers.text.contains("Line 1"))

            let forged = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: ByteBuffer(string: "csrf_token=wrong&csv=place"))
            #expect(forged.status == .forbidden)
            #expect(try await hub.store.contentCount() == before)
        }
    }

    @Test("a contributor's import is kept as drafts even when they ask to publish")
    func contributorDrafts() async throws {
        try await withApp { hub, client in
            try await hub.store.users.setPlaces([try await hub.place("wigan").id], of: hub.contributor.id)
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let csv = "place,period,enabler,example\nWigan,2024 H1,Learning and adapting,A partner log was started\n"
            let response = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: session.formHeaders,
                body: session.form([("csv", csv), ("publish", "yes")]))
            #expect(response.status == .ok)
            let example = try #require(
                try await hub.store.countsExamples.all().first { $0.text == "A partner log was started" })
            #expect(example.status == .draft)
            #expect(example.authorID == hub.contributor.id)
        }
    }

    @Test("a reflective log can be coded like a story, its three questions in one text")
    func codingALog() async throws {
        try await withApp { hub, client in
            let log = try #require(try await hub.store.reflectiveLogs.get(slug: "salford-one-summer-plan"))
            let text = try #require(try await hub.store.coding.codableText(of: CodingSource(reflectiveLog: log.id)))
            #expect(text.text.hasPrefix("What?\nThe leisure trust"))
            #expect(text.text.contains("\nSo what?\nWorking across"))
            #expect(text.blocks.first?.kind == .heading(level: 2))
            let session = try await WorkspaceSignIn.signIn(client, as: hub.editor)
            let index = try await client.execute(uri: "/workspace/coding", method: .get, headers: session.headers).text
            #expect(index.contains("/workspace/coding/reflective_log/\(log.id)"))
            let code = Code(id: Code.ID(UUID()), name: "Joint planning", createdAt: TestHub.now)
            try await hub.store.coding.save(code)
            let coded = try await client.execute(
                uri: "/workspace/coding/reflective_log/\(log.id)", method: .post, headers: session.formHeaders,
                body: session.form([("start", "0"), ("end", "5"), ("code", code.id.description)]))
            #expect(coded.status == .seeOther)
            let codings = try await hub.store.coding.codings(of: CodingSource(reflectiveLog: log.id))
            #expect(codings.map(\.excerpt) == ["What?"])
        }
    }

    @Test("a contributor's import cannot change a published figure; an editor's can")
    func contributorCannotOverwrite() async throws {
        try await withApp { hub, client in
            let csv =
                "place,period,enabler,indicator,value\nStockport,2024 H1,2,Organisations in the local partnership,999\n"
            // Stockport is the contributor's place: what stops them is the published figure, not the place.
            try await hub.store.users.setPlaces([try await hub.place("stockport").id], of: hub.contributor.id)
            let contributor = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let refused = try await client.execute(
                uri: "/workspace/counts/import", method: .post, headers: contributor.formHeaders,
                body: contributor.form([("csv", csv)]))
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.text.contains("Line 2, value: Organisations in the local partnership for Stockport in 2024 H1"))
            let stockport = try await hub.place("stockport")
            let values = try await hub.store.indicatorFigures.all(ContentQuery(placeID: stockport.id)).compactMap(
                \.value)
            #expect(!values.contains(999))
        }
    }

    @Test("the public API leaves out evidence links whose evidence the public may not see, notes and all")
    func apiEvidenceLinks() async throws {
        try await withApp { hub, client in
            let before = try await client.execute(uri: "/api/v1/theory-evidence?limit=100", method: .get).text
            #expect(before.contains("A youth worker describes what changed"))
            var testimony = try #require(
                try await hub.store.testimonies.get(Testimony.ID("00000000-0000-4000-8000-000000000901")!))
            testimony.consent.withdrawnOn = PartialDate("2023-01-01")
            try await hub.store.testimonies.update(testimony)
            let after = try await client.execute(uri: "/api/v1/theory-evidence?limit=100", method: .get).text
            #expect(!after.contains("A youth worker describes what changed"))
            #expect(after.contains("Two services planned one summer offer"))
        }
    }

    @Test("a draft version in the middle of a theory's history neither splits the theory nor shows")
    func historyThroughADraft() async throws {
        try await withApp { hub, client in
            let current = try #require(
                try await hub.store.programmeTheories.get(slug: "working-across-sectors-2022-23"))
            var draft = current
            draft.id = ProgrammeTheory.ID(UUID())
            draft.slug = "working-across-sectors-2023-24-draft"
            draft.cycle = "2023–24"
            draft.status = .draft
            draft.revisesID = current.id
            try await hub.store.programmeTheories.create(draft)
            var latest = current
            latest.id = ProgrammeTheory.ID(UUID())
            latest.slug = "working-across-sectors-2024-25"
            latest.cycle = "2024–25"
            latest.revisesID = draft.id
            try await hub.store.programmeTheories.create(latest)

            let list = try await client.execute(uri: "/theories", method: .get).text
            #expect(list.contains("href=\"/theories/working-across-sectors-2024-25\""))
            #expect(!list.contains("href=\"/theories/working-across-sectors-2022-23\""))
            let page = try await client.execute(uri: "/theories/working-across-sectors-2024-25", method: .get).text
            let history = try #require(htmlSection(page, id: "history-title"))
            #expect(history.contains("/theories/working-across-sectors-2021-22"))
            #expect(history.contains("/theories/working-across-sectors-2022-23"))
            #expect(!history.contains("2023-24-draft"))
        }
    }

    @Test("the workspace shows each theory with its draft evidence and whole history; the public page does not")
    func workspaceOverview() async throws {
        try await withApp { hub, client in
            let current = try #require(
                try await hub.store.programmeTheories.get(slug: "working-across-sectors-2022-23"))
            let story = try #require(
                try await hub.store.stories.get(slug: "stockport-reflective-log-after-the-steering-group"))
            #expect(story.status == .draft)
            try await hub.store.theoryEvidence.create(
                TheoryEvidence(
                    id: TheoryEvidence.ID(UUID()), theoryID: current.id, stance: .challenges, storyID: story.id,
                    note: "A draft that questions the theory", createdAt: TestHub.now))
            let session = try await WorkspaceSignIn.signIn(client, as: hub.contributor)
            let overview = try await client.execute(
                uri: "/workspace/theory-overview", method: .get, headers: session.headers
            ).text
            #expect(overview.contains("href=\"/workspace/theory-overview/\(current.id)\""))
            let page = try await client.execute(
                uri: "/workspace/theory-overview/\(current.id)", method: .get, headers: session.headers
            ).text
            #expect(page.contains("A draft that questions the theory"))
            #expect(page.contains("href=\"/workspace/stories/\(story.id)\""))
            #expect(page.contains("(2021–22, published)"))
            let publicPage = try await client.execute(uri: "/theories/working-across-sectors-2022-23", method: .get)
                .text
            #expect(!publicPage.contains("A draft that questions the theory"))
            let anonymous = try await client.execute(uri: "/workspace/theory-overview", method: .get)
            #expect(anonymous.status != .ok)
        }
    }

    @Test("the static site has the published logs, theories and figures, and no draft one in any file")
    func staticSite() async throws {
        try await withApp { hub, _ in
            let salford = try await hub.place("salford")
            let enabler = try #require(try await hub.store.enablers.all().first)
            let log = ReflectiveLog(
                id: ReflectiveLog.ID(UUID()), title: "Axolotl draft reflection", slug: "axolotl-draft-log",
                placeID: salford.id, date: PartialDate("2024-03"), what: "A pangolinword secret.",
                createdAt: TestHub.now)
            try await hub.store.reflectiveLogs.create(log)
            let theory = ProgrammeTheory(
                id: ProgrammeTheory.ID(UUID()), title: "Okapi draft theory", slug: "okapi-draft-theory",
                enablerID: enabler.id, cycle: "2025", context: "c", mechanism: "m", outcome: "o",
                createdAt: TestHub.now)
            try await hub.store.programmeTheories.create(theory)
            let example = CountsExample(
                id: CountsExample.ID(UUID()), placeID: salford.id, enablerID: enabler.id, period: "2024 H1",
                title: "Tapir draft example", text: "Not yet.", createdAt: TestHub.now)
            try await hub.store.countsExamples.create(example)

            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let files = try site.allFiles()
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for secret in ["Axolotl", "pangolinword", "Okapi", "Tapir", log.id.description, theory.id.description] {
                    #expect(!text.contains(secret), "\(path) shows \"\(secret)\"")
                }
            }
            // The controls: published items are written and indexed.
            #expect(files["reflective-logs/salford-one-summer-plan/index.html"] != nil)
            #expect(files["theories/working-across-sectors-2022-23/index.html"] != nil)
            #expect(files["theories/index.html"] != nil)
            let index = String(decoding: try #require(files["search-index.json"]), as: UTF8.self)
            #expect(index.contains("/reflective-logs/salford-one-summer-plan"))
            #expect(index.contains("/theories/working-across-sectors-2022-23"))
            let place = String(decoding: try #require(files["places/salford/index.html"]), as: UTF8.self)
            #expect(place.contains("Leisure and youth service plan together"))
        }
    }
}
