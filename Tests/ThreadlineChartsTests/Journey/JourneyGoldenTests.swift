import Testing
import ThreadlineCore

@testable import ThreadlineCharts

/// Exact bytes for a small journey, so any change to the drawing is seen and reviewed.
@Suite struct JourneyGoldenTests {
    func render(_ orientation: JourneyOrientation) throws -> String {
        try #require(
            JourneyInfographic().svg(
                title: "Salford's journey", milestones: JourneyFixtures.milestones,
                eras: JourneyFixtures.eras,
                enablers: JourneyFixtures.enablers, orientation: orientation, idPrefix: "salford"))
    }

    @Test func horizontalMatchesTheGoldenDrawing() throws {
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="journey-infographic journey-horizontal" viewBox="0 0 960 \
            236" role="img" aria-labelledby="salford-title salford-desc" font-family="system-ui, sans-serif" \
            font-size="12" fill="#1b1f24">
            <title id="salford-title">Salford&#39;s journey</title>
            <desc id="salford-desc">3 milestones from 2018 to 2020. 1 era: Pilot phase (June 2018 to 2019). 1 \
            milestone has no linked enabler.</desc>
            <g class="journey-eras">
            <g class="journey-era"><title>Pilot phase: June 2018 to 2019</title><rect x="161.4" y="6" width="465.3" \
            height="186" fill="#eef3f8"/><text x="165.4" y="22" font-weight="700">Pilot phase</text></g>
            </g>
            <g class="journey-axis">
            <line x1="40" y1="102" x2="920" y2="102" stroke="#1b1f24" stroke-width="2"/>
            <line x1="40" y1="97" x2="40" y2="107" stroke="#1b1f24" stroke-width="1"/><text x="40" y="122" \
            text-anchor="middle" font-size="11">2018</text>
            <line x1="333.3" y1="97" x2="333.3" y2="107" stroke="#1b1f24" stroke-width="1"/><text x="333.3" y="122" \
            text-anchor="middle" font-size="11">2019</text>
            <line x1="626.7" y1="97" x2="626.7" y2="107" stroke="#1b1f24" stroke-width="1"/><text x="626.7" y="122" \
            text-anchor="middle" font-size="11">2020</text>
            <line x1="920" y1="97" x2="920" y2="107" stroke="#1b1f24" stroke-width="1"/><text x="920" y="122" \
            text-anchor="middle" font-size="11">2021</text>
            </g>
            <g class="journey-milestones">
            <g class="journey-milestone"><title>September 2018: Partnership board formed with the council \
            (governance; enablers 1 Shared leadership, 2 Funding)</title><line x1="235.3" y1="102" x2="235.3" y2="89" \
            stroke="#8c959f" stroke-width="1"/><circle cx="235.3" cy="102" r="3.5"/><path class="journey-marker" \
            d="M215.3 45m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" fill="#1f5f9e"/><text x="224.3" y="49.5" \
            font-weight="700">1</text><path class="journey-marker" d="M245.3 45m-6 -6h12v12h-12z" fill="#b3541e"/>\
            <text x="254.3" y="49.5" font-weight="700">2</text><text x="235.3" y="67" text-anchor="middle" \
            font-weight="700">Sep 2018</text><text x="235.3" y="83" text-anchor="middle">Partnership board formed with the council</text>\
            </g>
            <g class="journey-milestone"><title>2019: Seed grant (investment; enabler 2 Funding)</title><line \
            x1="333.3" y1="102" x2="333.3" y2="137" stroke="#8c959f" stroke-width="1"/><circle cx="333.3" cy="102" \
            r="3.5"/><path class="journey-marker" d="M328.3 145m-6 -6h12v12h-12z" fill="#b3541e"/><text x="337.3" \
            y="149.5" font-weight="700">2</text><text x="333.3" y="167" text-anchor="middle" font-weight="700">2019\
            </text><text x="333.3" y="183" text-anchor="middle">Seed grant</text></g>
            <g class="journey-milestone"><title>14 February 2020: First community festival (community; no linked \
            enabler)</title><line x1="661.9" y1="102" x2="661.9" y2="89" stroke="#8c959f" stroke-width="1"/><circle \
            cx="661.9" cy="102" r="3.5"/><path class="journey-marker journey-marker-none" d="M661.9 45m-6.5 0a6.5 6.5 \
            0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" fill="#ffffff" stroke="#6e6e6e" stroke-width="2"/><text x="661.9" y="67" \
            text-anchor="middle" font-weight="700">14 Feb 2020</text><text x="661.9" y="83" \
            text-anchor="middle">First community festival</text></g>
            </g>
            <g class="journey-legend">
            <g class="journey-legend-item"><title>Enabler 1, Shared leadership: blue circle marker</title><path \
            class="journey-marker" d="M23 215m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" fill="#1f5f9e"/><text \
            x="36" y="219.5"><tspan font-weight="700">1</tspan> Shared leadership</text></g>
            <g class="journey-legend-item"><title>Enabler 2, Funding: orange square marker</title><path \
            class="journey-marker" d="M194.7 215m-6 -6h12v12h-12z" fill="#b3541e"/><text x="207.7" y="219.5"><tspan \
            font-weight="700">2</tspan> Funding</text></g>
            <g class="journey-legend-item"><title>No linked enabler: hollow grey circle marker</title><path \
            class="journey-marker journey-marker-none" d="M299.2 215m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" \
            fill="#ffffff" stroke="#6e6e6e" stroke-width="2"/><text x="312.2" y="219.5">No linked enabler</text></g>
            </g>
            </svg>
            """
        #expect(try render(.horizontal) == expected)
    }

    @Test func verticalMatchesTheGoldenDrawing() throws {
        let expected = """
            <svg xmlns="http://www.w3.org/2000/svg" class="journey-infographic journey-vertical" viewBox="0 0 360 \
            390" role="img" aria-labelledby="salford-title salford-desc" font-family="system-ui, sans-serif" \
            font-size="12" fill="#1b1f24">
            <title id="salford-title">Salford&#39;s journey</title>
            <desc id="salford-desc">3 milestones from 2018 to 2020. 1 era: Pilot phase (June 2018 to 2019). 1 \
            milestone has no linked enabler.</desc>
            <g class="journey-eras">
            <rect class="journey-era" x="4" y="12" width="352" height="216" fill="#eef3f8"/>
            </g>
            <line class="journey-axis" x1="24" y1="71" x2="24" y2="239" stroke="#1b1f24" stroke-width="2"/>
            <g class="journey-milestones">
            <g class="journey-era-heading"><text x="44" y="34" font-size="14" font-weight="700">Pilot phase</text>\
            <text x="44" y="50">June 2018 to 2019</text></g>
            <g class="journey-milestone"><title>September 2018: Partnership board formed with the council \
            (governance; enablers 1 Shared leadership, 2 Funding)</title><circle cx="24" cy="71" r="5"/><text x="44" \
            y="76" font-size="14" font-weight="700">September 2018</text><text x="44" y="96" \
            font-size="14">Partnership board formed with the</text><text x="44" y="116" font-size="14">council</text>\
            <path class="journey-marker" d="M51 132m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" fill="#1f5f9e"/>\
            <text x="60" y="136.5" font-weight="700">1</text><path class="journey-marker" d="M81 132m-6 \
            -6h12v12h-12z" fill="#b3541e"/><text x="90" y="136.5" font-weight="700">2</text></g>
            <g class="journey-milestone"><title>2019: Seed grant (investment; enabler 2 Funding)</title><circle \
            cx="24" cy="165" r="5"/><text x="44" y="170" font-size="14" font-weight="700">2019</text><text x="44" \
            y="190" font-size="14">Seed grant</text><path class="journey-marker" d="M51 206m-6 -6h12v12h-12z" \
            fill="#b3541e"/><text x="60" y="210.5" font-weight="700">2</text></g>
            <g class="journey-milestone"><title>14 February 2020: First community festival (community; no linked \
            enabler)</title><circle cx="24" cy="239" r="5"/><text x="44" y="244" font-size="14" font-weight="700">14 \
            February 2020</text><text x="44" y="264" font-size="14">First community festival</text><path \
            class="journey-marker journey-marker-none" d="M51 280m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" \
            fill="#ffffff" stroke="#6e6e6e" stroke-width="2"/></g>
            </g>
            <g class="journey-legend">
            <g class="journey-legend-item"><title>Enabler 1, Shared leadership: blue circle marker</title><path \
            class="journey-marker" d="M23 321m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" fill="#1f5f9e"/><text \
            x="36" y="325.5"><tspan font-weight="700">1</tspan> Shared leadership</text></g>
            <g class="journey-legend-item"><title>Enabler 2, Funding: orange square marker</title><path \
            class="journey-marker" d="M23 345m-6 -6h12v12h-12z" fill="#b3541e"/><text x="36" y="349.5"><tspan \
            font-weight="700">2</tspan> Funding</text></g>
            <g class="journey-legend-item"><title>No linked enabler: hollow grey circle marker</title><path \
            class="journey-marker journey-marker-none" d="M23 369m-6.5 0a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0z" \
            fill="#ffffff" stroke="#6e6e6e" stroke-width="2"/><text x="36" y="373.5">No linked enabler</text></g>
            </g>
            </svg>
            """
        #expect(try render(.vertical) == expected)
    }
}
