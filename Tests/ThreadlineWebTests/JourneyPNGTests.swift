import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import ThreadlineCore
import ThreadlineStore
import ThreadlineTestSupport
import ThreadlineWeb

@testable import ThreadlineSite

@Suite("Place journeys as PNG")
struct JourneyPNGTests {
    /// CI installs rsvg-convert and sets THREADLINE_REQUIRE_RSVG=1, so there a missing one fails instead of skipping.
    static let runsRasteriser =
        SVGRasteriser.located() != nil || ProcessInfo.processInfo.environment["THREADLINE_REQUIRE_RSVG"] == "1"

    /// A rasteriser that cannot be found: the environment variable names a file that does not exist.
    static let missing = SVGRasteriser.located(environment: [
        SVGRasteriser.environmentKey: "/nonexistent/threadline-test/rsvg-convert",
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ])

    @Test("without a rasteriser the PNG addresses answer 404, and neither the page nor the static site offers PNGs")
    func missingRasteriser() async throws {
        #expect(Self.missing == nil)
        try await withApp(rasteriser: Self.missing) { hub, client in
            for name in ["journey.png", "journey-tall.png"] {
                let response = try await client.execute(uri: "/places/stockport/\(name)", method: .get)
                #expect(response.status == .notFound)
            }
            // The SVG files are still there, and the page still links to them.
            let svg = try await client.execute(uri: "/places/stockport/journey.svg", method: .get)
            #expect(svg.status == .ok)
            let page = try await client.execute(uri: "/places/stockport", method: .get).text
            #expect(page.contains("href=\"/places/stockport/journey.svg\""))
            #expect(!page.contains(".png\""))
            #expect(!page.contains(">PNG</a>"))

            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            let files = try site.manifest().keys
            #expect(files.contains("places/stockport/journey.svg"))
            #expect(!files.contains { $0.hasSuffix(".png") })
        }
    }

    @Test(
        "with rsvg-convert the place page offers the PNG, and the wide and tall PNGs are real images",
        .enabled(
            if: runsRasteriser,
            "rsvg-convert not found (Debian: apt install librsvg2-bin); set THREADLINE_REQUIRE_RSVG=1 to fail instead"
        ))
    func realPNG() async throws {
        let rasteriser = try #require(
            SVGRasteriser.located(), "THREADLINE_REQUIRE_RSVG=1 is set but rsvg-convert was not found")
        try await withApp(rasteriser: rasteriser) { hub, client in
            let page = try await client.execute(uri: "/places/stockport", method: .get).text
            #expect(page.contains("<a href=\"/places/stockport/journey.png\">PNG</a>"))
            #expect(page.contains("href=\"/places/stockport/journey-tall.png\""))
            for (name, svgName) in [("journey.png", "journey.svg"), ("journey-tall.png", "journey-tall.svg")] {
                let response = try await client.execute(uri: "/places/stockport/\(name)", method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "image/png")
                let size = try #require(Self.pngSize(Data(buffer: response.body)), "\(name) is not a PNG")
                #expect(size.width > 0 && size.height > 0)
                // Drawn from the SVG: the image has the drawing's own size, wide or tall.
                let svg = try await client.execute(uri: "/places/stockport/\(svgName)", method: .get).text
                let viewBox = try #require(svg.components(separatedBy: "viewBox=\"0 0 ").dropFirst().first)
                    .prefix { $0 != "\"" }.split(separator: " ").compactMap { UInt32($0) }
                #expect(viewBox == [size.width, size.height])
            }
            let unknown = try await client.execute(uri: "/places/nowhere/journey.png", method: .get)
            #expect(unknown.status == .notFound)

            let site = ExportedSite.make()
            defer { site.remove() }
            try await site.export(hub)
            #expect(Self.pngSize(try site.data("places/stockport/journey.png")) != nil)
            #expect(Self.pngSize(try site.data("places/stockport/journey-tall.png")) != nil)
            let exported = String(decoding: try site.data("places/stockport/index.html"), as: UTF8.self)
            #expect(exported.contains("<a href=\"/places/stockport/journey.png\">PNG</a>"))
        }
    }

    @Test("a rasteriser that fails is reported as an error naming it, not as an image")
    func failingRasteriser() async throws {
        // /bin/false exits at once with status 1, whatever it is given.
        let broken = SVGRasteriser(executablePath: "/bin/false")
        await #expect(throws: SVGRasteriser.Failure.self) {
            try await broken.png(fromSVG: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        }
    }

    /// The width and height from a PNG's IHDR chunk; `nil` unless `data` starts with the PNG signature and IHDR.
    static func pngSize(_ data: Data) -> (width: UInt32, height: UInt32)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, Data(bytes[0..<8]) == SVGRasteriser.pngSignature,
            String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
        else { return nil }
        func number(_ start: Int) -> UInt32 { bytes[start..<start + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        return (number(16), number(20))
    }
}

extension TestHub {
    /// The same hub with another rasteriser (or none).
    func with(rasteriser: SVGRasteriser?) -> TestHub {
        var hub = self
        hub.dependencies.rasteriser = rasteriser
        return hub
    }
}

/// Runs `body` against a demo hub's router whose journeys are rasterised by `rasteriser` (or not at all).
private func withApp(
    rasteriser: SVGRasteriser?, _ body: @Sendable (TestHub, any TestClientProtocol) async throws -> Void
) async throws {
    let hub = try await TestHub.make().with(rasteriser: rasteriser)
    try await hub.store.closing {
        let app = Application(router: try await ThreadlineApplication.router(hub.dependencies))
        try await app.test(.router) { client in try await body(hub, client) }
    }
}
