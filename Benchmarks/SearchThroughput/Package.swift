// swift-tools-version: 6.2
// SearchThroughput: imports the generated transcript corpus (1,000,000 cues) through Threadline's store and runs the
// shared 200 search queries through the store's search API, so its latencies can be set beside the raw SQLite FTS5
// anchor (`fts_anchor.py`) measured in the same run. `scripts/bench-search.sh` runs both.
//
// The project is a dependency by path, so the benchmark always measures the current code of this checkout.
import PackageDescription

// SwiftPM names a path dependency after its folder (lower-cased), not after its manifest, so a checkout called
// `threadline`, `main` or `bench-wt` each gives the project another package identity; work it out from the path.
let projectIdentity =
    Context.packageDirectory.split(separator: "/").dropLast(2).last.map { $0.lowercased() } ?? "threadline"

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "SearchThroughput",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "search-throughput", targets: ["search-throughput"])
    ],
    dependencies: [
        .package(path: "../.."),
        // Already in the project's graph; the store's `open` takes a Logger.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "SearchBenchSupport",
            dependencies: [.product(name: "ThreadlineCore", package: projectIdentity)],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "search-throughput",
            dependencies: [
                "SearchBenchSupport",
                .product(name: "ThreadlineCore", package: projectIdentity),
                .product(name: "ThreadlineStore", package: projectIdentity),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SearchBenchSupportTests",
            dependencies: ["SearchBenchSupport", .product(name: "ThreadlineCore", package: projectIdentity)],
            swiftSettings: strictSettings
        ),
    ]
)
